using System.Globalization;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// Culture-free number and date text for both report languages (DESIGN.md rule 7): Vietnamese uses a decimal comma
/// and a group dot ("80,37%", "1.408"), English a decimal point and a group comma; negative values carry U+2212 (−);
/// changes carry an explicit sign; dates are dd/MM/yyyy in both languages. Never reads the current culture.
/// </summary>
internal static class NumberText
{
    public const char Minus = '\u2212';

    /// <summary>An integer with group separators: 1.408 (vi), 1,408 (en); <paramref name="signed"/> adds "+" to positives.</summary>
    public static string Integer(long value, Language language, bool signed = false)
    {
        var digits = Grouped(Math.Abs((decimal)value).ToString("N0", CultureInfo.InvariantCulture), language);
        return Sign(value < 0, value > 0 && signed) + digits;
    }

    /// <summary>A number with a fixed number of decimals: 80,37 (vi), 80.37 (en); ∞ for infinity.</summary>
    public static string Decimal(double value, int decimals, Language language, bool signed = false)
    {
        if (double.IsPositiveInfinity(value))
        {
            return (signed ? "+" : string.Empty) + "∞";
        }

        if (double.IsNegativeInfinity(value))
        {
            return Minus + "∞";
        }

        var text = Math.Abs(value).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var isZero = IsZeroText(text);
        return Sign(value < 0 && !isZero, value > 0 && signed && !isZero) + Grouped(text, language);
    }

    /// <summary>A fraction as a percentage: −18,67% (vi), −18.67% (en).</summary>
    public static string Percent(double fraction, int decimals, Language language, bool signed = false) =>
        Decimal(fraction * 100, decimals, language, signed) + "%";

    /// <summary>A difference of fractions in percentage points: +2,10 điểm phần trăm (vi), +2.10 percentage points (en).</summary>
    public static string PercentagePoints(double difference, int decimals, Language language, bool signed = true) =>
        Decimal(difference * 100, decimals, language, signed)
        + (language == Language.Vietnamese ? " điểm phần trăm" : " percentage points");

    /// <summary>A date as dd/MM/yyyy, in both languages.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Sign(bool negative, bool positive) => negative ? Minus.ToString() : positive ? "+" : string.Empty;

    private static bool IsZeroText(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '1' and <= '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string Grouped(string invariant, Language language)
    {
        if (language != Language.Vietnamese)
        {
            return invariant;
        }

        return string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    ',' => '.',
                    '.' => ',',
                    var c => c,
                };
            }
        });
    }
}
