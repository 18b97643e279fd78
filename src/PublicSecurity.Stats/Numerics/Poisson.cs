using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>The Poisson distribution Pois(λ): point probabilities, both tails and the quantile, as R computes them.</summary>
/// <remarks>
/// <see cref="Pmf"/> is Loader's saddle-point form (R's <c>dpois_raw</c>): exp(−δ(k) − bd0(k, λ)) / √(2πk).
/// <see cref="Cdf"/> and <see cref="Survival"/> are R's <c>ppois</c>: P(X ≤ k) = Q(k + 1, λ) and
/// P(X &gt; k) = P(k + 1, λ), each tail computed directly (<see cref="IncompleteGamma"/>). <see cref="Quantile"/>
/// is R's <c>qpois</c> with its fuzz. All members are pure and thread-safe.
/// </remarks>
internal static class Poisson
{
    /// <summary>P(X = k) for X ~ Pois(λ).</summary>
    /// <param name="k">The count; below 0 the probability is 0.</param>
    /// <param name="lambda">The mean, non-negative and finite.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    internal static double Pmf(long k, double lambda) => Math.Exp(LogPmf(k, lambda));

    /// <summary>log P(X = k) for X ~ Pois(λ).</summary>
    /// <param name="k">The count; below 0 the result is −∞.</param>
    /// <param name="lambda">The mean, non-negative and finite.</param>
    /// <returns>The log-probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    internal static double LogPmf(long k, double lambda)
    {
        Check(lambda);
        if (k < 0)
        {
            return double.NegativeInfinity;
        }

        if (lambda == 0.0)
        {
            return k == 0 ? 0.0 : double.NegativeInfinity;
        }

        if (k == 0)
        {
            return -lambda;
        }

        double x = k;
        return -SpecialFunctions.Stirlerr(x) - SpecialFunctions.Bd0(x, lambda) - 0.5 * Math.Log(2.0 * Math.PI * x);
    }

    /// <summary>P(X ≤ k) for X ~ Pois(λ) (R's <c>ppois(k, λ)</c>).</summary>
    /// <param name="k">The count; below 0 the result is 0.</param>
    /// <param name="lambda">The mean, non-negative and finite.</param>
    /// <returns>The lower tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    internal static double Cdf(long k, double lambda)
    {
        Check(lambda);
        return CdfUnchecked(k, lambda);
    }

    /// <summary>P(X &gt; k) for X ~ Pois(λ) (R's <c>ppois(k, λ, lower.tail = FALSE)</c>), without cancellation.</summary>
    /// <param name="k">The count; below 0 the result is 1.</param>
    /// <param name="lambda">The mean, non-negative and finite.</param>
    /// <returns>The upper tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, infinite or NaN.</exception>
    internal static double Survival(long k, double lambda)
    {
        Check(lambda);
        if (k < 0)
        {
            return 1.0;
        }

        IncompleteGamma.Evaluate(k + 1.0, lambda, out var p, out _);
        return p;
    }

    /// <summary>
    /// The smallest k ≥ 0 with P(X ≤ k) ≥ prob·(1 − 64ε), R's <c>qpois(prob, λ)</c> with its fuzz.
    /// </summary>
    /// <param name="prob">The probability, in [0, 1].</param>
    /// <param name="lambda">The mean, non-negative and finite.</param>
    /// <returns>k as a double; 0 when prob = 0 or λ = 0; +∞ when prob ≥ 1 − 1.01ε (as R).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Quantile(double prob, double lambda)
    {
        IncompleteBeta.CheckProbability(prob, nameof(prob));
        Check(lambda);
        if (lambda == 0.0 || prob == 0.0)
        {
            return 0.0;
        }

        if (prob + 1.01 * Binomial.MachineEpsilon >= 1.0)
        {
            return double.PositiveInfinity;
        }

        var sigma = Math.Sqrt(lambda);
        var gamma = 1.0 / sigma;
        var z = Normal.Quantile(prob);
        var start = Math.Floor(lambda + sigma * (z + gamma * (z * z - 1.0) / 6.0) + 0.5);
        const double max = 4.0e18;
        var guess = start <= 0.0 ? 0L : start >= max ? (long)max : (long)start;
        var target = prob * (1.0 - 64.0 * Binomial.MachineEpsilon);
        return DiscreteSearch.Smallest(new CdfOf(lambda), target, guess, (long)max);
    }

    internal static double CdfUnchecked(long k, double lambda)
    {
        if (k < 0)
        {
            return 0.0;
        }

        IncompleteGamma.Evaluate(k + 1.0, lambda, out _, out var q);
        return q;
    }

    private static void Check(double lambda)
    {
        if (!(lambda >= 0.0 && lambda < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(lambda), string.Create(CultureInfo.InvariantCulture, $"The mean λ must be non-negative and finite; it was {lambda:R}."));
        }
    }

    private readonly struct CdfOf(double lambda) : IDiscreteCdf
    {
        public double Cdf(long k) => CdfUnchecked(k, lambda);
    }
}
