
namespace PublicSecurity.Stats.Comparisons;

/// <summary>What to do when the current period is not complete as of the data's as-of date (DESIGN.md rule 6).</summary>
/// <remarks>
/// Comparing an incomplete window with a complete earlier one is the classic error that DAX's SAMEPERIODLASTYEAR and
/// pandas' resample both make silently. <c>default</c> is <see cref="Refuse"/>.
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public enum PartialPeriodPolicy
{
    /// <summary>Refuse the comparison: an <see cref="ArgumentException"/> names the period and the as-of date.</summary>
    Refuse = 0,

    /// <summary>
    /// Compare rates per observed day: the current exposure is the days from the period's start to the as-of date,
    /// the baseline's its full length. Valid when the rate is roughly constant within the period (no seasonality).
    /// </summary>
    ObservedDays = 1,
}
