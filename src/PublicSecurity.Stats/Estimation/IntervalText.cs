using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Estimation;

/// <summary>Cell texts of an <see cref="Estimation.Interval"/>, for the measures' own tables.</summary>
internal static class IntervalText
{
    public static string Interval(Interval interval, Language language, int decimals = 3) =>
        Cells.Range(interval.Lower, interval.Upper, language, decimals);

    public static string PercentInterval(Interval interval, Language language) =>
        Cells.PercentRange(interval.Lower, interval.Upper, language);
}
