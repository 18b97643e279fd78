
namespace PublicSecurity.Stats.Rankings;

/// <summary>What happens to missing values (NaN in a span of doubles, <see langword="null"/> in a typed ranking).</summary>
/// <remarks>
/// A missing value is never ranked as 0. The values follow pandas <c>Series.rank(na_option=...)</c>, which differs
/// from R in one respect: with <see cref="Top"/> or <see cref="Bottom"/> pandas ties all missing values as one group
/// (for every <see cref="TieMethod"/> except <see cref="TieMethod.First"/>), where R's <c>rank(na.last=TRUE/FALSE)</c>
/// gives them distinct ranks in order of appearance. <c>default</c> is <see cref="Keep"/>, but every public API takes
/// the policy explicitly.
/// </remarks>
public enum MissingValues
{
    /// <summary>Missing values get no rank (NaN) and do not count (pandas <c>na_option="keep"</c>; R <c>na.last="keep"</c>).</summary>
    Keep = 0,

    /// <summary>
    /// Missing values get the first ranks, in either order (pandas <c>na_option="top"</c>; R <c>na.last=FALSE</c>,
    /// which does not tie them).
    /// </summary>
    Top = 1,

    /// <summary>
    /// Missing values get the last ranks, in either order (pandas <c>na_option="bottom"</c>; R <c>na.last=TRUE</c>,
    /// which does not tie them).
    /// </summary>
    Bottom = 2,
}
