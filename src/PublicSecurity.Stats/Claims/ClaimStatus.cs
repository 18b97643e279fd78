namespace PublicSecurity.Stats.Claims;

/// <summary>What the arithmetic of a claim check found.</summary>
public enum ClaimStatus
{
    /// <summary>The counts give a value the claim's wording allows.</summary>
    Consistent,

    /// <summary>The counts give a value the claim's wording does not allow.</summary>
    Inconsistent,

    /// <summary>No counts behind the claim were given or published, so it cannot be checked.</summary>
    NotCheckable,
}

/// <summary>Why a claim cannot be checked.</summary>
public enum NotCheckableReason
{
    /// <summary>No counts for the claim's measure were given or published at all.</summary>
    NoCounts,

    /// <summary>Counts of the measure exist, but for other periods, which do not stand in for the claim's period.</summary>
    DifferentPeriod,
}

/// <summary>A province's place under one ranking measure, with its rank interval: the evidence of a rank claim.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class RankClaimEvidence
{
    internal RankClaimEvidence(Rankings.RankingMeasure measure, string unit, int rank, int lower, int upper, int rankedCount, double level, bool holds)
    {
        (Measure, Unit, Rank, Lower, Upper, RankedCount, Level, Holds) = (measure, unit, rank, lower, upper, rankedCount, level, holds);
    }

    /// <summary>Gets the measure the units were ranked by.</summary>
    public Rankings.RankingMeasure Measure { get; }

    /// <summary>Gets the unit the claim is about, as its key reads.</summary>
    public string Unit { get; }

    /// <summary>Gets the unit's observed rank (1 = best; ties share the lowest rank).</summary>
    public int Rank { get; }

    /// <summary>Gets the lowest rank the unit can hold at the ranking's confidence level (marginal rank interval).</summary>
    public int Lower { get; }

    /// <summary>Gets the highest rank the unit can hold at the ranking's confidence level (marginal rank interval).</summary>
    public int Upper { get; }

    /// <summary>Gets how many units were ranked.</summary>
    public int RankedCount { get; }

    /// <summary>Gets the confidence level of <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public double Level { get; }

    /// <summary>Gets whether the unit holds the claimed place under this measure.</summary>
    public bool Holds { get; }
}
