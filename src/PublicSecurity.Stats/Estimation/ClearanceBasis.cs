using System.Text.Json.Serialization;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Estimation;

/// <summary>How a clearance rate (tỷ lệ điều tra làm rõ / khám phá) relates cleared cases to occurred cases.</summary>
/// <remarks><c>default</c> is <see cref="Period"/>, the Vietnamese and FBI practice.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<ClearanceBasis>))]
public enum ClearanceBasis
{
    /// <summary>
    /// Cases cleared in the window ÷ cases occurred in the window (Bộ Công an, FBI UCR). Cleared cases may have
    /// occurred earlier, so they are not a subset of the occurred ones: no binomial interval, and the rate can exceed
    /// 100% (flagged, never clamped).
    /// </summary>
    Period = 0,

    /// <summary>
    /// Of the cases recorded in the window, those cleared by an evaluation date (UK Home Office outcomes framework):
    /// a true proportion with a binomial interval; immature while the evaluation date is before the window's end.
    /// </summary>
    Cohort = 1,
}
