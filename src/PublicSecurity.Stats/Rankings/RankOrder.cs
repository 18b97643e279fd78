
namespace PublicSecurity.Stats.Rankings;

/// <summary>Which end of the values gets rank 1.</summary>
/// <remarks><c>default</c> is <see cref="Ascending"/>, but every public API takes the order explicitly.</remarks>
public enum RankOrder
{
    /// <summary>Rank 1 is the smallest value (pandas <c>ascending=True</c>; R <c>rank(x)</c>).</summary>
    Ascending = 0,

    /// <summary>
    /// Rank 1 is the largest value (pandas <c>ascending=False</c>; R <c>rank(-x)</c>). Use it when higher is better,
    /// for example level-2 e-ID activations.
    /// </summary>
    Descending = 1,
}
