
namespace PublicSecurity.Stats.Rankings;

/// <summary>How equal values share ranks.</summary>
/// <remarks>
/// The values follow pandas <c>Series.rank(method=...)</c>; the R equivalent is <c>rank(x, ties.method=...)</c>
/// where one exists. For a group of t tied values that would occupy the ranks r + 1, …, r + t:
/// <c>default</c> is <see cref="Average"/>, but every public API takes the method explicitly.
/// </remarks>
public enum TieMethod
{
    /// <summary>Every member gets the mean rank r + (t + 1)/2 (pandas <c>"average"</c>, R <c>"average"</c>).</summary>
    Average = 0,

    /// <summary>Every member gets the lowest rank r + 1 ("competition" ranking: 1, 2, 2, 4; pandas and R <c>"min"</c>).</summary>
    Min = 1,

    /// <summary>Every member gets the highest rank r + t (pandas and R <c>"max"</c>).</summary>
    Max = 2,

    /// <summary>
    /// Members get r + 1, …, r + t in order of appearance in the input, in both directions (pandas <c>"first"</c>;
    /// R <c>"first"</c> for an ascending ranking).
    /// </summary>
    First = 3,

    /// <summary>
    /// Like <see cref="Min"/>, but the next group's rank is one more than this group's, so ranks are consecutive
    /// from 1 (1, 2, 2, 3; pandas <c>"dense"</c>; R has no equivalent, <c>data.table::frank(ties.method="dense")</c>).
    /// </summary>
    Dense = 4,
}
