using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Rankings;

/// <summary>How funnel-plot control limits are computed (Spiegelhalter 2005).</summary>
/// <remarks>
/// With p the lower or upper quantile of the level (0.025 and 0.975 for 0.95; 0.001 and 0.999 for 0.998) and F the
/// CDF of the count under the target (Binomial(n, p₀) for a proportion, Poisson(E) for a count against an expected
/// count E). <c>default</c> is <see cref="ExactInterpolated"/>.
/// </remarks>
public enum FunnelMethod
{
    /// <summary>
    /// Spiegelhalter (2005), Statistics in Medicine 24:1185, Appendix A.1.1: r_p is the smallest r with F(r) ≥ p;
    /// α = (F(r_p) − p)/P(X = r_p); the limit is (r_p − α)/n (or /E). Continuous in n; not clipped, so lower limits at
    /// small n are often negative. The R package funnelplot's <c>contAdjustBin</c>; Wicklin's SAS implementation.
    /// </summary>
    ExactInterpolated = 0,

    /// <summary>
    /// The plain quantile r_p/n (or r_p/E) with no interpolation: a step function of n (R <c>qbinom(p, n, p0)/n</c>;
    /// what the R package funnelR calls "exact"; for counts, <c>qpois(p, E)/E</c>).
    /// </summary>
    BinomialQuantile = 1,

    /// <summary>The normal approximation p₀ + z_p·√(p₀(1 − p₀)/n) (for counts, 1 + z_p/√E); not clipped.</summary>
    Normal = 2,
}
