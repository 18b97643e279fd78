namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// The negative binomial distribution with a real size n &gt; 0 and success probability p in (0, 1]: R's
/// <c>pnbinom</c> and <c>qnbinom</c> (the size/prob parametrisation, mean n(1 − p)/p).
/// </summary>
/// <remarks>
/// P(X ≤ k) = I_p(n, k + 1), the regularized incomplete beta (TOMS 708, as R). The quantile is the smallest k with
/// P(X ≤ k) ≥ prob·(1 − 64ε), R's search with its fuzz, from R's Cornish–Fisher start.
/// </remarks>
internal static class NegativeBinomial
{
    /// <summary>P(X ≤ k) (R's <c>pnbinom(k, size, prob)</c>).</summary>
    /// <param name="k">The count; below 0 the result is 0.</param>
    /// <param name="size">The size, positive and finite.</param>
    /// <param name="prob">The success probability, in (0, 1].</param>
    /// <returns>The lower tail.</returns>
    internal static double Cdf(long k, double size, double prob)
    {
        if (k < 0)
        {
            return 0.0;
        }

        return prob >= 1.0 ? 1.0 : IncompleteBeta.Regularized(size, k + 1.0, prob);
    }

    /// <summary>P(X &gt; k) (R's <c>pnbinom(k, size, prob, lower.tail = FALSE)</c>), without cancellation.</summary>
    /// <param name="k">The count; below 0 the result is 1.</param>
    /// <param name="size">The size, positive and finite.</param>
    /// <param name="prob">The success probability, in (0, 1].</param>
    /// <returns>The upper tail.</returns>
    internal static double Survival(long k, double size, double prob)
    {
        if (k < 0)
        {
            return 1.0;
        }

        return prob >= 1.0 ? 0.0 : IncompleteBeta.RegularizedComplement(size, k + 1.0, prob);
    }

    /// <summary>The smallest k ≥ 0 with P(X ≤ k) ≥ p·(1 − 64ε) (R's <c>qnbinom(p, size, prob)</c>).</summary>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <param name="size">The size, positive and finite.</param>
    /// <param name="prob">The success probability, in (0, 1].</param>
    /// <returns>k as a double; +∞ when p ≥ 1 − 1.01ε (as R).</returns>
    internal static double Quantile(double p, double size, double prob)
    {
        IncompleteBeta.CheckProbability(p, nameof(p));
        if (prob >= 1.0 || p == 0.0)
        {
            return 0.0;
        }

        if (p + 1.01 * Binomial.MachineEpsilon >= 1.0)
        {
            return double.PositiveInfinity;
        }

        var q = 1.0 / prob;
        var pp = (1.0 - prob) * q;
        var mu = size * pp;
        var sigma = Math.Sqrt(size * pp * q);
        var gamma = (q + pp) / sigma;
        var z = Normal.Quantile(p);
        var start = Math.Round(mu + sigma * (z + gamma * (z * z - 1.0) / 6.0), MidpointRounding.ToEven);
        const double max = 4.0e18;
        var guess = !(start > 0.0) ? 0L : start >= max ? (long)max : (long)start;
        var target = p * (1.0 - 64.0 * Binomial.MachineEpsilon);
        return DiscreteSearch.Smallest(new CdfOf(size, prob), target, guess, (long)max);
    }

    private readonly struct CdfOf(double size, double prob) : IDiscreteCdf
    {
        public double Cdf(long k) => NegativeBinomial.Cdf(k, size, prob);
    }
}
