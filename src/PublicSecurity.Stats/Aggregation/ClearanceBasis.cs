using System.Text.Json.Serialization;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Which cases a clearance rate divides: those cleared in the period, or those of the period's cohort cleared by a date.</summary>
/// <remarks><c>default</c> is <see cref="Period"/>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<ClearanceBasis>))]
public enum ClearanceBasis
{
    /// <summary>
    /// Cases cleared with an outcome date in the period, whenever recorded, over the cases that occurred in it — the
    /// basis of Vietnamese reports and of FBI UCR; the rate can exceed 100% when earlier cases are cleared.
    /// </summary>
    Period = 0,

    /// <summary>
    /// Of the cases recorded in the period (its cohort), those cleared by the end of an evaluation period, over the
    /// cohort's cases that occurred — the UK Home Office outcomes basis; never above 100%, and a recent cohort matures.
    /// </summary>
    Cohort = 1,
}
