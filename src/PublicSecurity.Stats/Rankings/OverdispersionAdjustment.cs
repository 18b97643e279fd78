
namespace PublicSecurity.Stats.Rankings;

/// <summary>How funnel limits are widened for over-dispersion (Spiegelhalter, Qual Saf Health Care 2005;14:347).</summary>
/// <remarks>
/// <c>default</c> is <see cref="None"/>. Each adjustment is applied only when the data are over-dispersed (and, for
/// the beta-binomial and negative binomial, when the fitted prior has a finite positive weight).
/// </remarks>
public enum OverdispersionAdjustment
{
    /// <summary>No adjustment: exact (interpolated) limits.</summary>
    None = 0,

    /// <summary>Multiplicative: limits θ₀ ± z_p·√φ̂·sᵢ on the transformed scale (φ̂ the winsorised mean squared z-score).</summary>
    Multiplicative = 1,

    /// <summary>Additive random effects: limits θ₀ ± z_p·√(sᵢ² + τ̂²) on the transformed scale (DerSimonian–Laird-type τ̂²).</summary>
    Additive = 2,

    /// <summary>
    /// Proportions only: beta-binomial limits (<see cref="FunnelLimits.BetaBinomial"/>, interpolated) with the
    /// intra-class correlation ρ = 1/(M + 1) of the method-of-moments beta–binomial fit of the units
    /// (<see cref="EmpiricalBayes.BetaBinomial"/>).
    /// </summary>
    BetaBinomial = 3,

    /// <summary>
    /// Counts against expected counts only: negative-binomial limits (<see cref="FunnelLimits.NegativeBinomial"/>,
    /// interpolated) with size b²/a from the Poisson–gamma fit of the units' O/E (<see cref="EmpiricalBayes.PoissonGamma"/>).
    /// </summary>
    NegativeBinomial = 4,
}

/// <summary>Where a unit lies against its funnel limits at one level.</summary>
/// <remarks><c>default</c> is <see cref="Within"/>.</remarks>
public enum FunnelPosition
{
    /// <summary>Within the limits (both ends inclusive).</summary>
    Within = 0,

    /// <summary>Above the upper limit.</summary>
    Above = 1,

    /// <summary>Below the lower limit.</summary>
    Below = 2,
}
