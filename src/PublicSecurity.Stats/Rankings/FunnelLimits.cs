using System.Globalization;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Funnel-plot control limits for a proportion against a target, and for a count against an expected count.</summary>
/// <remarks>
/// <para>
/// A level of 0.95 means the 0.025 and 0.975 quantiles, 0.998 the 0.001 and 0.999 quantiles; any level in (0, 1) is
/// allowed. Quantile searches use R's downward fuzz — the smallest r with F(r) ≥ p·(1 − 64ε) — so near-ties resolve as
/// <c>qbinom</c>/<c>qpois</c> do. Limits are never clipped: at small denominators they may fall below 0 (and even an
/// upper limit can be negative when F(0) ≥ p), exactly as the reference implementations report them.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class FunnelLimits
{
    /// <summary>Gets the control limits of a proportion with denominator <paramref name="denominator"/> around the target <paramref name="target"/>.</summary>
    /// <param name="target">The target proportion p₀, in (0, 1).</param>
    /// <param name="denominator">The denominator n, at least 1.</param>
    /// <param name="level">The level, in (0, 1): 0.95 or 0.998 in the usual plot.</param>
    /// <param name="method">How to compute the limits.</param>
    /// <returns>The limits on the proportion scale, in <see cref="Interval.Lower"/> and <see cref="Interval.Upper"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="target"/> or <paramref name="level"/> is NaN or outside (0, 1), <paramref name="denominator"/> is
    /// below 1, or <paramref name="method"/> is undefined.
    /// </exception>
    public static Interval Proportion(double target, long denominator, double level, FunnelMethod method)
    {
        CheckOpenUnit(target, nameof(target), "target proportion");
        if (denominator < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominator), string.Create(CultureInfo.InvariantCulture, $"The denominator must be at least 1; it was {denominator}."));
        }

        CheckOpenUnit(level, nameof(level), "level");
        CheckMethod(method);
        var (pLow, pHigh) = Tails(level);
        return method switch
        {
            FunnelMethod.ExactInterpolated => new Interval(BinomialInterpolated(pLow, denominator, target), BinomialInterpolated(pHigh, denominator, target)),
            FunnelMethod.BinomialQuantile => new Interval(
                (double)Binomial.Quantile(pLow, denominator, target) / denominator,
                (double)Binomial.Quantile(pHigh, denominator, target) / denominator),
            _ => NormalProportion(target, denominator, pLow, pHigh),
        };
    }

    /// <summary>Gets the control limits of an observed count against an expected count <paramref name="expected"/>, on the ratio scale O/E.</summary>
    /// <param name="expected">The expected count E under the target rate (for example population × national rate), finite and positive.</param>
    /// <param name="level">The level, in (0, 1).</param>
    /// <param name="method">
    /// How to compute the limits: <see cref="FunnelMethod.ExactInterpolated"/> interpolates the Poisson(E) quantiles as for
    /// proportions; <see cref="FunnelMethod.BinomialQuantile"/> is the plain Poisson quantile <c>qpois(p, E)/E</c>;
    /// <see cref="FunnelMethod.Normal"/> is 1 ± z_p/√E.
    /// </param>
    /// <returns>The limits of O/E (the target is 1). Multiply by the target rate to get rate limits (per 100,000, say).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="expected"/> is not finite and positive, <paramref name="level"/> is NaN or outside (0, 1), or
    /// <paramref name="method"/> is undefined.
    /// </exception>
    public static Interval Rate(double expected, double level, FunnelMethod method)
    {
        if (!(expected > 0) || double.IsInfinity(expected))
        {
            throw new ArgumentOutOfRangeException(
                nameof(expected), string.Create(CultureInfo.InvariantCulture, $"The expected count must be finite and positive; it was {expected:R}."));
        }

        CheckOpenUnit(level, nameof(level), "level");
        CheckMethod(method);
        var (pLow, pHigh) = Tails(level);
        return method switch
        {
            FunnelMethod.ExactInterpolated => new Interval(PoissonInterpolated(pLow, expected) / expected, PoissonInterpolated(pHigh, expected) / expected),
            FunnelMethod.BinomialQuantile => new Interval(Poisson.Quantile(pLow, expected) / expected, Poisson.Quantile(pHigh, expected) / expected),
            _ => new Interval(1 + (PublicSecurity.Stats.Numerics.Normal.Quantile(pLow) / Math.Sqrt(expected)), 1 + (PublicSecurity.Stats.Numerics.Normal.Quantile(pHigh) / Math.Sqrt(expected))),
        };
    }

    internal static (double Low, double High) Tails(double level)
    {
        var low = (1 - level) / 2;
        return (low, 1 - low);
    }

    internal static void CheckOpenUnit(double value, string name, string what)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {what} must be strictly between 0 and 1; it was {value:R}."));
        }
    }

    private static void CheckMethod(FunnelMethod method)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(
                nameof(method), string.Create(CultureInfo.InvariantCulture, $"The method must be ExactInterpolated, BinomialQuantile or Normal; it was {(int)method}."));
        }
    }

    private static Interval NormalProportion(double target, long n, double pLow, double pHigh)
    {
        var se = Math.Sqrt(target * (1 - target) / n);
        return new Interval(target + (PublicSecurity.Stats.Numerics.Normal.Quantile(pLow) * se), target + (PublicSecurity.Stats.Numerics.Normal.Quantile(pHigh) * se));
    }

    /// <summary>(r_p − α)/n with α = (F(r_p) − p)/P(X = r_p), Spiegelhalter's Appendix A.1.1.</summary>
    private static double BinomialInterpolated(double p, long n, double target)
    {
        var r = Binomial.Quantile(p, n, target);
        var alpha = (Binomial.Cdf(r, n, target) - p) / Binomial.Pmf(r, n, target);
        return (r - alpha) / n;
    }

    private static double PoissonInterpolated(double p, double expected)
    {
        var r = (long)Poisson.Quantile(p, expected);
        var alpha = (Poisson.Cdf(r, expected) - p) / Poisson.Pmf(r, expected);
        return r - alpha;
    }
}
