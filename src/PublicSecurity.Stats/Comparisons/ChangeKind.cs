
namespace PublicSecurity.Stats.Comparisons;

/// <summary>The direction of a change between two periods, following the rates (counts per exposure).</summary>
/// <remarks>
/// With equal exposures the rates and the counts move together. A change from a zero baseline has no percent
/// change: it is <see cref="NewFromZero"/> (0 → k) or <see cref="BothZero"/> (0 → 0), never ±∞ or NaN.
/// <c>default</c> is <see cref="NoChange"/>.
/// </remarks>
public enum ChangeKind
{
    /// <summary>The two rates are equal (and not both zero).</summary>
    NoChange = 0,

    /// <summary>The current rate is higher than the baseline rate (baseline above zero).</summary>
    Increase = 1,

    /// <summary>The current rate is lower than the baseline rate.</summary>
    Decrease = 2,

    /// <summary>The baseline count is 0 and the current count is not: "new", with no percent change.</summary>
    NewFromZero = 3,

    /// <summary>Both counts are 0: nothing to compare; the test is undefined.</summary>
    BothZero = 4,
}
