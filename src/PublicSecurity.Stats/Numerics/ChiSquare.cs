using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>The chi-square distribution: distribution function, complement (p-values) and quantiles.</summary>
/// <remarks>
/// Plays the role of R's <c>pchisq</c>/<c>qchisq</c>: χ²(df) is Gamma(df/2, rate ½), so everything goes through
/// <see cref="IncompleteGamma"/> at (df/2, x/2). <see cref="Survival"/> is the p-value of a chi-square statistic,
/// accurate down to the subnormal range.
/// </remarks>
internal static class ChiSquare
{
    /// <summary>P(X ≤ x) for X ~ χ²(df).</summary>
    /// <param name="x">The point, non-negative.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, positive.</param>
    /// <returns>The lower tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Cdf(double x, double degreesOfFreedom)
    {
        CheckDf(degreesOfFreedom);
        return IncompleteGamma.Lower(0.5 * degreesOfFreedom, 0.5 * x);
    }

    /// <summary>P(X &gt; x) for X ~ χ²(df), without cancellation.</summary>
    /// <param name="x">The point, non-negative.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, positive.</param>
    /// <returns>The upper tail (the p-value of the statistic x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Survival(double x, double degreesOfFreedom)
    {
        CheckDf(degreesOfFreedom);
        return IncompleteGamma.Upper(0.5 * degreesOfFreedom, 0.5 * x);
    }

    /// <summary>The x with P(X ≤ x) = p for X ~ χ²(df).</summary>
    /// <param name="p">The lower-tail probability, in [0, 1].</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, positive.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Quantile(double p, double degreesOfFreedom)
    {
        CheckDf(degreesOfFreedom);
        return 2.0 * IncompleteGamma.Inverse(p, 0.5 * degreesOfFreedom);
    }

    /// <summary>The x with P(X &gt; x) = q for X ~ χ²(df).</summary>
    /// <param name="q">The upper-tail probability, in [0, 1].</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, positive.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double QuantileComplement(double q, double degreesOfFreedom)
    {
        CheckDf(degreesOfFreedom);
        return 2.0 * IncompleteGamma.InverseComplement(q, 0.5 * degreesOfFreedom);
    }

    private static void CheckDf(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0.0 && degreesOfFreedom < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(degreesOfFreedom),
                string.Create(CultureInfo.InvariantCulture, $"The degrees of freedom must be positive and finite; it was {degreesOfFreedom:R}."));
        }
    }
}
