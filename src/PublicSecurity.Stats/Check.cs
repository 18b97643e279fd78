using System.Globalization;

namespace PublicSecurity.Stats;

/// <summary>Argument checks whose messages name the argument, the rule and the actual value (DESIGN.md rule 1).</summary>
internal static class Check
{
    public static void NonNegative(long value, string parameter, string what)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, string.Create(CultureInfo.InvariantCulture, $"The {what} must not be negative; it was {value}."));
        }
    }

    public static void PositiveFinite(double value, string parameter, string what)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, string.Create(CultureInfo.InvariantCulture, $"The {what} must be finite and positive; it was {value:R}."));
        }
    }

    public static void Confidence(double value, string parameter)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, string.Create(CultureInfo.InvariantCulture, $"The confidence level must be strictly between 0 and 1; it was {value:R}."));
        }
    }

    public static void NotAbove(long value, long limit, string parameter, string what, string limitName)
    {
        if (value > limit)
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, string.Create(CultureInfo.InvariantCulture, $"The {what} must not exceed the {limitName} ({limit}); it was {value}."));
        }
    }

    public static void Positive(long value, string parameter, string what)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                parameter, value, string.Create(CultureInfo.InvariantCulture, $"The {what} must be positive; it was {value}."));
        }
    }
}
