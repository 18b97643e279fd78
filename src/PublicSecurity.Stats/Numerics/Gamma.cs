namespace PublicSecurity.Stats.Numerics;

/// <summary>The gamma distribution with unit rate: distribution function, complement and quantiles.</summary>
/// <remarks>
/// Plays the role of R's <c>pgamma(x, shape)</c> and <c>qgamma(p, shape)</c> (rate 1; divide by a rate or
/// multiply by a scale outside), through <see cref="IncompleteGamma"/>. The exact (Garwood) Poisson limits are
/// <c>Quantile(α/2, k)</c> and <c>QuantileComplement(α/2, k + 1)</c>.
/// </remarks>
internal static class Gamma
{
    /// <summary>P(X ≤ x) for X ~ Gamma(shape, 1).</summary>
    /// <param name="x">The point, non-negative.</param>
    /// <param name="shape">The shape, positive.</param>
    /// <returns>The lower tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Cdf(double x, double shape) => IncompleteGamma.Lower(shape, x);

    /// <summary>P(X &gt; x) for X ~ Gamma(shape, 1), without cancellation.</summary>
    /// <param name="x">The point, non-negative.</param>
    /// <param name="shape">The shape, positive.</param>
    /// <returns>The upper tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Survival(double x, double shape) => IncompleteGamma.Upper(shape, x);

    /// <summary>The x with P(X ≤ x) = p for X ~ Gamma(shape, 1).</summary>
    /// <param name="p">The lower-tail probability, in [0, 1].</param>
    /// <param name="shape">The shape, positive.</param>
    /// <returns>The quantile; 0 at p = 0, +∞ at p = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Quantile(double p, double shape) => IncompleteGamma.Inverse(p, shape);

    /// <summary>The x with P(X &gt; x) = q for X ~ Gamma(shape, 1), full relative accuracy for small q.</summary>
    /// <param name="q">The upper-tail probability, in [0, 1].</param>
    /// <param name="shape">The shape, positive.</param>
    /// <returns>The quantile; +∞ at q = 0, 0 at q = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double QuantileComplement(double q, double shape) => IncompleteGamma.InverseComplement(q, shape);
}
