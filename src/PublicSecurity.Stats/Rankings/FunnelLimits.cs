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

    /// <summary>Gets beta-binomial control limits of a proportion: the binomial funnel widened for an intra-class correlation ρ between units.</summary>
    /// <param name="target">The target proportion p₀, in (0, 1): the mean of the Beta(α, β) success probabilities.</param>
    /// <param name="denominator">The denominator n, at least 1.</param>
    /// <param name="intraClassCorrelation">ρ = 1/(α + β + 1), in (0, 1): the share of the variance between units (α + β = M = 1/ρ − 1).</param>
    /// <param name="level">The level, in (0, 1).</param>
    /// <param name="method">
    /// <see cref="FunnelMethod.ExactInterpolated"/> interpolates the beta-binomial quantiles as for the binomial
    /// (Spiegelhalter's A.1.1); <see cref="FunnelMethod.BinomialQuantile"/> is the plain quantile r_p/n, the smallest r
    /// with <c>extraDistr::pbbinom(r, n, α, β)</c> ≥ p; <see cref="FunnelMethod.Normal"/> is
    /// p₀ ± z_p·√(p₀(1 − p₀)(1 + (n − 1)ρ)/n).
    /// </param>
    /// <returns>The limits on the proportion scale (never clipped, as <see cref="Proportion"/>).</returns>
    /// <remarks>
    /// The variance of x/n is p₀(1 − p₀)(1 + (n − 1)ρ)/n: the binomial's times the design effect 1 + (n − 1)ρ, so large
    /// units get much wider limits than under the binomial — the over-dispersion a funnel of provinces usually shows.
    /// α = p₀M and β = (1 − p₀)M. The quantiles agree with extraDistr 1.9.1 (reference file funnel_limits_bbinom.csv).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="target"/>, <paramref name="intraClassCorrelation"/> or <paramref name="level"/> is NaN or
    /// outside (0, 1), <paramref name="denominator"/> is below 1, or <paramref name="method"/> is undefined.
    /// </exception>
    public static Interval BetaBinomial(double target, long denominator, double intraClassCorrelation, double level, FunnelMethod method)
    {
        CheckOpenUnit(target, nameof(target), "target proportion");
        if (denominator < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominator), string.Create(CultureInfo.InvariantCulture, $"The denominator must be at least 1; it was {denominator}."));
        }

        CheckOpenUnit(intraClassCorrelation, nameof(intraClassCorrelation), "intra-class correlation");
        CheckOpenUnit(level, nameof(level), "level");
        CheckMethod(method);
        var (pLow, pHigh) = Tails(level);
        var m = (1 / intraClassCorrelation) - 1;
        var law = new Numerics.BetaBinomial(denominator, target * m, (1 - target) * m);
        double n = denominator;
        return method switch
        {
            FunnelMethod.ExactInterpolated => new Interval(Interpolated(law, pLow, law.Quantile(pLow)) / n, Interpolated(law, pHigh, law.Quantile(pHigh)) / n),
            FunnelMethod.BinomialQuantile => new Interval(law.Quantile(pLow) / n, law.Quantile(pHigh) / n),
            _ => NormalSpread(target, Math.Sqrt(target * (1 - target) * (1 + ((n - 1) * intraClassCorrelation)) / n), pLow, pHigh),
        };
    }

    /// <summary>Gets negative-binomial control limits of an observed count against an expected count, on the ratio scale O/E.</summary>
    /// <param name="expected">The expected count E, finite and positive.</param>
    /// <param name="size">
    /// The negative-binomial size θ, finite and positive: O ~ NB(mean E, size θ), variance E + E²/θ — a Poisson whose
    /// rate varies between units by a gamma with squared coefficient of variation 1/θ.
    /// </param>
    /// <param name="level">The level, in (0, 1).</param>
    /// <param name="method">
    /// <see cref="FunnelMethod.ExactInterpolated"/> interpolates the quantiles as for the Poisson;
    /// <see cref="FunnelMethod.BinomialQuantile"/> is the plain quantile <c>qnbinom(p, size = θ, mu = E)/E</c>;
    /// <see cref="FunnelMethod.Normal"/> is 1 ± z_p·√(1/E + 1/θ).
    /// </param>
    /// <returns>The limits of O/E (the target is 1).</returns>
    /// <remarks>The quantiles agree with R's <c>qnbinom</c> (reference file funnel_limits_nbinom.csv), fuzz included.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="expected"/> or <paramref name="size"/> is not finite and positive, <paramref name="level"/> is
    /// NaN or outside (0, 1), or <paramref name="method"/> is undefined.
    /// </exception>
    public static Interval NegativeBinomial(double expected, double size, double level, FunnelMethod method)
    {
        Preconditions.PositiveFinite(expected, nameof(expected), "expected count");
        Preconditions.PositiveFinite(size, nameof(size), "negative-binomial size");
        CheckOpenUnit(level, nameof(level), "level");
        CheckMethod(method);
        var (pLow, pHigh) = Tails(level);
        var law = new Numerics.NegativeBinomial(size, expected);
        return method switch
        {
            FunnelMethod.ExactInterpolated => new Interval(Interpolated(law, pLow, law.Quantile(pLow)) / expected, Interpolated(law, pHigh, law.Quantile(pHigh)) / expected),
            FunnelMethod.BinomialQuantile => new Interval(law.Quantile(pLow) / expected, law.Quantile(pHigh) / expected),
            _ => NormalSpread(1, Math.Sqrt((1 / expected) + (1 / size)), pLow, pHigh),
        };
    }

    /// <summary>r_p − (F(r_p) − p)/P(X = r_p): Spiegelhalter's interpolation between the steps of a discrete quantile.</summary>
    private static double Interpolated<TLaw>(TLaw law, double p, long r)
        where TLaw : struct, IDiscreteCdf
    {
        var cdf = law.Cdf(r);
        var pmf = cdf - law.Cdf(r - 1);
        return pmf > 0 ? r - ((cdf - p) / pmf) : r;
    }

    private static Interval NormalSpread(double centre, double se, double pLow, double pHigh) =>
        new(centre + (PublicSecurity.Stats.Numerics.Normal.Quantile(pLow) * se), centre + (PublicSecurity.Stats.Numerics.Normal.Quantile(pHigh) * se));

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
