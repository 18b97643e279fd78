
namespace PublicSecurity.Stats.Rankings;

/// <summary>What a ranking measure counts, which fixes how its value is computed and how its uncertainty is modelled.</summary>
/// <remarks>
/// The posterior each kind uses in <see cref="RankIntervals.MonteCarlo{TKey}"/> is the Jeffreys posterior of its rate:
/// Beta(x + ½, n − x + ½) for a proportion and Gamma(shape k + ½, rate = exposure) for the other kinds.
/// <c>default</c> is <see cref="Count"/>.
/// </remarks>
public enum MeasureKind
{
    /// <summary>A plain count k (exposure 1), for example level-2 e-ID accounts activated or road deaths.</summary>
    Count = 0,

    /// <summary>A count per head of population, k ÷ population × scale (per 100,000 by default).</summary>
    PerCapita = 1,

    /// <summary>A proportion x ÷ n in [0, 1], for example cases cleared ÷ cases occurred.</summary>
    Proportion = 2,

    /// <summary>Achievement of an assigned target, activated ÷ target; it may exceed 1 (100%).</summary>
    TargetAchievement = 3,
}
