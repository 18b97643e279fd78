using System.Globalization;

namespace PublicSecurity.Stats;

/// <summary>Argument checks shared by the validating factories; every message names the rule and the actual value.</summary>
internal static class Require
{
    /// <summary>Throws when a count is negative: "The deaths must not be negative; it was -1."</summary>
    public static long NotNegative(long value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"The {name} must not be negative; it was {value}."));
        }

        return value;
    }

    /// <summary>Throws when an optional count is present and negative.</summary>
    public static long? NotNegative(long? value, string name) => value is long v ? NotNegative(v, name) : null;

    /// <summary>Throws when a count is not positive: "The target must be positive; it was 0."</summary>
    public static long Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"The {name} must be positive; it was {value}."));
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
                value,
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
