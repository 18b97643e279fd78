using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Helpers for the direct (fast-path) readers of <see cref="DirectReader{T}"/>: each reads
/// one value in the plain form the wire DTO path would read to the same result, and declines (returns false) anything
/// else, which the wire DTO path then reads or rejects with its own message.
/// </summary>
internal static class DirectJson
{
    /// <summary>Reads a date written as an unescaped <c>yyyy-MM-dd</c> string, as System.Text.Json's DateOnly converter reads it.</summary>
    public static bool TryDate(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        var year = (Digits(s[0], s[1]) * 100) + Digits(s[2], s[3]);
        var month = Digits(s[5], s[6]);
        var day = Digits(s[8], s[9]);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads a date or null.</summary>
    public static bool TryOptionalDate(ref Utf8JsonReader reader, out DateOnly? value)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = null;
            return true;
        }

        var ok = TryDate(ref reader, out var date);
        value = date;
        return ok;
    }

    /// <summary>Reads an unescaped string of exactly two ASCII digits as a number 0–99; −1 for anything else.</summary>
    public static int TwoDigitCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return -1;
        }

        var s = reader.ValueSpan;
        return s.Length == 2 ? Digits(s[0], s[1]) : -1;
    }

    /// <summary>Reads an enum written as its exact camelCase name, as the models' enum converters write it; −1 for anything else.</summary>
    public static int EnumOf<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        var index = reader.TokenType == JsonTokenType.String ? EnumNames<TEnum>.IndexOf(ref reader) : -1;
        return index < 0 ? -1 : EnumNames<TEnum>.Numbers[index];
    }

    /// <summary>Marks a member as read: the flags with <paramref name="bit"/> set, or −1 (decline) when it was already set.</summary>
    /// <param name="seen">The members read so far, one bit each; −1 once a member came twice.</param>
    /// <param name="bit">The member's bit.</param>
    public static int Once(int seen, int bit) => seen < 0 || (seen & bit) != 0 ? -1 : seen | bit;

    /// <summary>Two ASCII digits as 0–99, or a large negative number if either is not a digit.</summary>
    private static int Digits(byte tens, byte units)
    {
        var t = (uint)(tens - '0');
        var u = (uint)(units - '0');
        return t <= 9 && u <= 9 ? (int)((t * 10) + u) : -10_000;
    }
}
