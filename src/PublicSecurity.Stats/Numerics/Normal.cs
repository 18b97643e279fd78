using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>The standard normal distribution: quantile, distribution function and its complement.</summary>
/// <remarks>
/// Plays the role of R's <c>qnorm</c>/<c>pnorm</c>. The quantile is Math.NET Numerics'
/// <c>Normal.InvCDF</c> (an inverse error function with relative error about 1e-16, checked against mpmath in the
/// core reference tests); the distribution function is ½ erfc(−x/√2) with Math.NET's <c>Erfc</c>. Arguments are
/// validated here first, so no Math.NET exception can escape.
/// </remarks>
internal static class Normal
{
    /// <summary>Φ⁻¹(p), the lower-tail quantile of the standard normal distribution.</summary>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The quantile; −∞ at 0 and +∞ at 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    internal static double Quantile(double p)
    {
        IncompleteBeta.CheckProbability(p, nameof(p));
        if (p == 0.0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1.0)
        {
            return double.PositiveInfinity;
        }

        return MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, p);
    }

    /// <summary>Φ(x), the lower tail of the standard normal distribution.</summary>
    /// <param name="x">The point (±∞ allowed).</param>
    /// <returns>Φ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    internal static double Cdf(double x)
    {
        CheckNotNaN(x);
        return 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-x / Math.Sqrt(2.0));
    }

    /// <summary>1 − Φ(x), the upper tail of the standard normal distribution, without cancellation.</summary>
    /// <param name="x">The point (±∞ allowed).</param>
    /// <returns>1 − Φ(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    internal static double Survival(double x)
    {
        CheckNotNaN(x);
        return 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(x / Math.Sqrt(2.0));
    }

    private static void CheckNotNaN(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(
                nameof(x), string.Create(CultureInfo.InvariantCulture, $"The point x must not be NaN; it was {x:R}."));
        }
    }
}
