using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>The binomial distribution Binom(n, p): point probabilities, both tails and the quantile, as R computes them.</summary>
/// <remarks>
/// <para>
/// <see cref="Pmf"/> is Loader's saddle-point method (R's <c>dbinom_raw</c>):
/// exp(δ(n) − δ(k) − δ(n−k) − bd0(k, np) − bd0(n−k, nq)) · √(n / (2π k (n−k))), with δ = <see cref="SpecialFunctions.Stirlerr"/>
/// and bd0 = <see cref="SpecialFunctions.Bd0"/>: relative accuracy near 1e-15 for any n, where summing logs of
/// factorials loses digits as n grows. <see cref="Cdf"/> and <see cref="Survival"/> are R's <c>pbinom</c>:
/// P(X ≤ k) = 1 − I_p(k + 1, n − k) and P(X &gt; k) = I_p(k + 1, n − k), each tail computed directly
/// (<see cref="IncompleteBeta"/>), never as 1 minus the other. <see cref="Quantile"/> is R's <c>qbinom</c>.
/// </para>
/// <para>Counts are <see cref="long"/>; they are used as doubles, exactly up to 2⁵³. All members are pure and thread-safe.</para>
/// </remarks>
internal static class Binomial
{
    /// <summary>P(X = k) for X ~ Binom(n, p).</summary>
    /// <param name="k">The count; outside [0, n] the probability is 0.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="p"/> is outside [0, 1] or NaN.</exception>
    internal static double Pmf(long k, long n, double p)
    {
        Check(n, p);
        return k < 0 || k > n ? 0.0 : Raw(k, n, p, 1.0 - p, log: false);
    }

    /// <summary>log P(X = k) for X ~ Binom(n, p), accurate where the probability itself would underflow.</summary>
    /// <param name="k">The count; outside [0, n] the result is −∞.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The log-probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="p"/> is outside [0, 1] or NaN.</exception>
    internal static double LogPmf(long k, long n, double p)
    {
        Check(n, p);
        return k < 0 || k > n ? double.NegativeInfinity : Raw(k, n, p, 1.0 - p, log: true);
    }

    /// <summary>P(X ≤ k) for X ~ Binom(n, p) (R's <c>pbinom(k, n, p)</c>).</summary>
    /// <param name="k">The count; below 0 the result is 0, from n on it is 1.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The lower tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="p"/> is outside [0, 1] or NaN.</exception>
    internal static double Cdf(long k, long n, double p)
    {
        Check(n, p);
        return CdfUnchecked(k, n, p);
    }

    /// <summary>P(X &gt; k) for X ~ Binom(n, p) (R's <c>pbinom(k, n, p, lower.tail = FALSE)</c>), without cancellation.</summary>
    /// <param name="k">The count; below 0 the result is 1, from n on it is 0.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The upper tail.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="p"/> is outside [0, 1] or NaN.</exception>
    internal static double Survival(long k, long n, double p)
    {
        Check(n, p);
        if (k < 0)
        {
            return 1.0;
        }

        if (k >= n)
        {
            return 0.0;
        }

        IncompleteBeta.Evaluate(k + 1.0, (double)(n - k), p, 1.0 - p, out var w, out _);
        return w;
    }

    /// <summary>
    /// The smallest r in [0, n] with P(X ≤ r) ≥ prob·(1 − 64ε), R's <c>qbinom(prob, n, p)</c> with its fuzz, which
    /// resolves exact ties (F(r) = prob in decimal arithmetic) downwards.
    /// </summary>
    /// <param name="prob">The probability, in [0, 1].</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>r; 0 when prob = 0, p = 0 or n = 0; n when prob ≥ 1 − 1.01ε or p = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static long Quantile(double prob, long n, double p)
    {
        IncompleteBeta.CheckProbability(prob, nameof(prob));
        Check(n, p);
        if (p == 0.0 || n == 0 || prob == 0.0)
        {
            return 0;
        }

        var q = 1.0 - p;
        if (q == 0.0 || prob + 1.01 * MachineEpsilon >= 1.0)
        {
            return n;
        }

        var mu = n * p;
        var sigma = Math.Sqrt(n * p * q);
        var gamma = (q - p) / sigma;
        var z = Normal.Quantile(prob);
        var start = Math.Floor(mu + sigma * (z + gamma * (z * z - 1.0) / 6.0) + 0.5);
        var guess = start <= 0.0 ? 0L : start >= n ? n : (long)start;
        var target = prob * (1.0 - 64.0 * MachineEpsilon);
        return DiscreteSearch.Smallest(new CdfOf(n, p), target, guess, n);
    }

    /// <summary>dbinom_raw: P(X = k) with q = 1 − p given separately (exact when the caller knows it), 0 ≤ k ≤ n.</summary>
    internal static double Raw(long k, long n, double p, double q, bool log)
    {
        if (p == 0.0)
        {
            return k == 0 ? Exp(0.0, log) : Exp(double.NegativeInfinity, log);
        }

        if (q == 0.0)
        {
            return k == n ? Exp(0.0, log) : Exp(double.NegativeInfinity, log);
        }

        double nd = n;
        if (k == 0)
        {
            if (n == 0)
            {
                return Exp(0.0, log);
            }

            var lc0 = p < 0.1 ? -SpecialFunctions.Bd0(nd, nd * q) - nd * p : nd * Math.Log(q);
            return Exp(lc0, log);
        }

        if (k == n)
        {
            var lcn = q < 0.1 ? -SpecialFunctions.Bd0(nd, nd * p) - nd * q : nd * Math.Log(p);
            return Exp(lcn, log);
        }

        double kd = k;
        double rest = n - k;
        var lc = SpecialFunctions.Stirlerr(nd) - SpecialFunctions.Stirlerr(kd) - SpecialFunctions.Stirlerr(rest)
            - SpecialFunctions.Bd0(kd, nd * p) - SpecialFunctions.Bd0(rest, nd * q);

        // log(2π k (n − k)/n) = log 2π + log k + log((n − k)/n): log1p(−k/n) for k ≤ n/2, else the log of the
        // exact integer n − k over n (R's log1p(−k/n) loses the digits of n − k when k is close to n).
        var lf = Math.Log(2.0 * Math.PI) + Math.Log(kd) + (k <= n / 2 ? SpecialFunctions.Log1p(-kd / nd) : Math.Log(rest / nd));
        return Exp(lc - 0.5 * lf, log);
    }

    internal static double CdfUnchecked(long k, long n, double p)
    {
        if (k < 0)
        {
            return 0.0;
        }

        if (k >= n)
        {
            return 1.0;
        }

        IncompleteBeta.Evaluate(k + 1.0, (double)(n - k), p, 1.0 - p, out _, out var w1);
        return w1;
    }

    private static double Exp(double logValue, bool log) => log ? logValue : Math.Exp(logValue);

    /// <summary>DBL_EPSILON = 2⁻⁵², the spacing of doubles at 1 (R's fuzz is expressed in it).</summary>
    internal const double MachineEpsilon = 2.220446049250313e-16;

    private static void Check(long n, double p)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(n), string.Create(CultureInfo.InvariantCulture, $"The number of trials n must not be negative; it was {n}."));
        }

        if (!(p >= 0.0 && p <= 1.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(p), string.Create(CultureInfo.InvariantCulture, $"The success probability p must be between 0 and 1; it was {p:R}."));
        }
    }

    private readonly struct CdfOf(long n, double p) : IDiscreteCdf
    {
        public double Cdf(long k) => CdfUnchecked(k, n, p);
    }
}
