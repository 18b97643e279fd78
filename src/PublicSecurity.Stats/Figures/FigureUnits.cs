using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>The units of published figures in both languages, and how a rank and a decrease of unstated size read.</summary>
internal static class FigureUnits
{
    /// <summary>The prefix of a rank unit: "rank of 63" is a place among 63.</summary>
    public const string RankOf = "rank of ";

    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.Ordinal)
    {
        ["accidents"] = "vụ",
        ["accounts"] = "tài khoản",
        ["campaigns"] = "đợt",
        ["cases"] = "vụ",
        ["classes"] = "lớp",
        ["deaths"] = "người chết",
        ["drills"] = "phương án",
        ["guns"] = "khẩu súng",
        ["injured"] = "người bị thương",
        ["participant-attendances"] = "lượt người",
        ["rounds"] = "viên đạn",
        ["suspects"] = "đối tượng",
    };

    /// <summary>Gets the qualifier's word with a trailing space ("over ", "trên ", "nearly ", "gần "), empty for an exact figure.</summary>
    public static string Qualifier(FigureQualifier qualifier, bool vietnamese) => qualifier switch
    {
        FigureQualifier.Over => vietnamese ? "trên " : "over ",
        FigureQualifier.Under => vietnamese ? "dưới " : "under ",
        FigureQualifier.About => vietnamese ? "khoảng " : "about ",
        FigureQualifier.Nearly => vietnamese ? "gần " : "nearly ",
        _ => string.Empty,
    };

    /// <summary>Gets the unit in the language: the library's English units have Vietnamese names; any other unit is written as given.</summary>
    public static string Name(string unit, Language language) =>
        language == Language.Vietnamese && Vietnamese.TryGetValue(unit, out var vi) ? vi : unit;

    /// <summary>Gets a place of a rank unit ("2nd of 63", "thứ 2/63"), or null when the unit is not a rank or the value not a whole place.</summary>
    public static string? Rank(decimal value, string unit, Language language)
    {
        if (!unit.StartsWith(RankOf, StringComparison.Ordinal) || value % 1 != 0 || value < 1 || value > long.MaxValue)
        {
            return null;
        }

        var place = (long)value;
        var of = unit[RankOf.Length..];
        return Cells.Lang(language, $"{Ordinal(place)} of {of}", $"thứ {place.ToString(CultureInfo.InvariantCulture)}/{of}");
    }

    /// <summary>Gets an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.</summary>
    public static string Ordinal(long n) =>
        n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
