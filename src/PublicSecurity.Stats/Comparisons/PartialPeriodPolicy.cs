
namespace PublicSecurity.Stats.Comparisons;

/// <summary>What to do when a period is not complete: the current one ends after the data's as-of date, or either starts before the tally's <see cref="DataCoverage"/> (DESIGN.md rule 6).</summary>
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
    /// Compare rates per observed day: each period's exposure is its days with data — from the later of its start and
    /// the coverage's first day to the earlier of its end and the as-of date. Valid when the rate is roughly constant
    /// within the period (no seasonality).
    /// </summary>
    ObservedDays = 1,
}
