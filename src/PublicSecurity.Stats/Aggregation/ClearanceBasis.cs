namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Which cases a clearance rate (tỷ lệ điều tra làm rõ / khám phá) divides: those cleared in the period, or those of
/// the period's cohort cleared by a date.
/// </summary>
/// <remarks>
/// The one basis enum of the library, used by tallies (<see cref="ClearanceCount"/>, <see cref="ClearanceTable"/>) and by
/// the estimated rates of <c>PublicSecurity.Stats.Estimation</c>. <c>default</c> is <see cref="Period"/>, the
/// Vietnamese and FBI practice.
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public enum ClearanceBasis
{
    /// <summary>
    /// Cases cleared with an outcome date in the period, whenever recorded, over the cases that occurred in it (Bộ Công
    /// an, FBI UCR). Cleared cases may have occurred earlier, so they are not a subset of the occurred ones: no binomial
    /// interval, and the rate can exceed 100% (flagged, never clamped).
    /// </summary>
    Period = 0,

    /// <summary>
    /// Of the cases recorded in the period (its cohort), those cleared by the end of an evaluation period, over the
    /// cohort's cases that occurred (UK Home Office outcomes framework): a true proportion with a binomial interval,
    /// never above 100%; immature while the evaluation date is before the period's end.
    /// </summary>
    Cohort = 1,
}
