using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>Cell texts shared by every renderer, so that one number reads the same in every table.</summary>
internal static class Cells
{
    public static string Count(long value, Language language) => NumberText.Integer(value, language);

    public static string Count(double value, Language language) =>
        value % 1 == 0 && Math.Abs(value) < 1e15 ? NumberText.Integer((long)value, language) : NumberText.Decimal(value, 2, language);

    public static string Percent(double fraction, Language language, bool signed = false) => NumberText.Percent(fraction, 2, language, signed);

    public static string Percent(double? fraction, Language language, bool signed = false) =>
        fraction is double f ? Percent(f, language, signed) : Dash;

    public static string Ratio(double value, Language language, int decimals = 3) => NumberText.Decimal(value, decimals, language);

    public static string P(double p, Language language) => p < 0.001 ? "< " + NumberText.Decimal(0.001, 3, language) : NumberText.Decimal(p, 3, language);

    public static string Range(double lower, double upper, Language language, int decimals = 3) =>
        NumberText.Decimal(lower, decimals, language) + " – " + NumberText.Decimal(upper, decimals, language);

    public static string PercentRange(double lower, double upper, Language language) =>
        Percent(lower, language) + " – " + Percent(upper, language);

    public static string YesNo(bool value, Language language) => language == Language.Vietnamese ? (value ? "có" : "không") : (value ? "yes" : "no");

    public static string Level(double confidence, Language language) =>
        NumberText.Decimal(confidence * 100, confidence * 100 % 1 == 0 ? 0 : 1, language) + "%";

    public const string Dash = "—";

    public static string Lang(Language language, string english, string vietnamese) => language switch
    {
        Language.English => english,
        Language.Vietnamese => vietnamese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), string.Create(CultureInfo.InvariantCulture, $"The language must be English or Vietnamese; it was {(int)language}.")),
    };

    public static void CheckMaxRows(int maxRows)
    {
        if (maxRows < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxRows), string.Create(CultureInfo.InvariantCulture, $"The row limit must be at least 1; it was {maxRows}."));
        }
    }

    /// <summary>Wraps HTML parts in a div with a class naming the result type.</summary>
    public static string Div(string cssClass, params string[] parts)
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"ps-stats ").Append(cssClass).Append("\">\n");
        foreach (var part in parts)
        {
            sb.Append(part);
            if (!part.EndsWith('\n'))
            {
                sb.Append('\n');
            }
        }

        sb.Append("</div>\n");
        return sb.ToString();
    }

    public static string Paragraph(string text) => "<p>" + Html.Escape(text) + "</p>";

    public static string Heading(int level, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"<h{level}>{Html.Escape(text)}</h{level}>");
}
