using System.Globalization;
using System.Runtime.InteropServices;

namespace PublicSecurity.Stats;

/// <summary>
/// The library's one guard class (NodaTime's <c>Preconditions</c> is the model): argument checks whose messages name
/// the argument, the rule and the actual value (DESIGN.md rule 1), each returning the value it checked.
/// </summary>
/// <remarks>
/// Every message has the form "The {what} must …; it was {value}." with numbers in the invariant culture, for example
/// "The deaths must not be negative; it was -1." The parameter name is the argument's name; <c>what</c>, where given,
/// is the words the message uses for it (for example "successes" for <c>x</c>).
/// </remarks>
internal static class Preconditions
{
    /// <summary>
    /// Throws when an output span shares memory with another span of the call (an input, or another output): "The
    /// lower must not overlap the counts: …". Checked before anything is written, so the caller's memory is untouched.
    /// </summary>
    public static void Disjoint<TOut, TOther>(Span<TOut> output, string name, ReadOnlySpan<TOther> other, string otherName)
        where TOut : struct
        where TOther : struct
    {
        if (MemoryMarshal.AsBytes(output).Overlaps(MemoryMarshal.AsBytes(other)))
        {
            throw new ArgumentException(
                $"The {name} must not overlap the {otherName}: each output span must be memory of its own, or a limit written early would be read or overwritten later.",
                name);
        }
    }

    /// <summary>Throws when a count is negative: "The deaths must not be negative; it was -1."</summary>
    public static long NotNegative(long value, string name, string? what = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {what ?? name} must not be negative; it was {value}."));
        }

        return value;
    }

    /// <summary>Throws when an optional count is present and negative.</summary>
    public static long? NotNegative(long? value, string name) => value is long v ? NotNegative(v, name) : null;

    /// <summary>Throws when a count is not positive: "The target must be positive; it was 0."</summary>
    public static long Positive(long value, string name, string? what = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {what ?? name} must be positive; it was {value}."));
        }

        return value;
    }

    /// <summary>Throws when a count exceeds its limit: "The successes must not exceed the trials (10); it was 12."</summary>
    public static long NotAbove(long value, long limit, string name, string what, string limitName)
    {
        if (value > limit)
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {what} must not exceed the {limitName} ({limit}); it was {value}."));
        }

        return value;
    }

    /// <summary>Throws when a number is not finite and positive (NaN included).</summary>
    public static double PositiveFinite(double value, string name, string what)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {what} must be finite and positive; it was {value:R}."));
        }

        return value;
    }

    /// <summary>Throws when a confidence level is not strictly between 0 and 1 (NaN included).</summary>
    public static double Confidence(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The confidence level must be strictly between 0 and 1; it was {value:R}."));
        }

        return value;
    }

    /// <summary>Throws when an enum value is not one of its defined members.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                name,
                $"The {name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; it was {Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Throws when a text is null, empty or only white space.</summary>
    public static string NotBlank(string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {name} must not be empty or white space; it was '{value}'.", name);
        }

        return value;
    }

    /// <summary>Formats a date as dd/MM/yyyy for messages.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Formats a number for messages, with the invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number for messages, with the invariant culture.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
