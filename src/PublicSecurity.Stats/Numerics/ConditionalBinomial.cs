using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// Binomial(n, p) with p and q = 1 − p both given exactly, so that every probability is computed on the side where it
/// has no cancellation: the tails through the regularized incomplete beta on whichever of p and q is below ½, the
/// point probability through Loader's saddle-point form on the same side (R's <c>dbinom_raw</c> takes p and q apart
/// for the same reason).
/// </summary>
internal readonly struct ConditionalBinomial
{
    public ConditionalBinomial(long n, double p, double q)
    {
        (N, P, Q) = (n, p, q);
    }

    public long N { get; }

    public double P { get; }

    public double Q { get; }

    /// <summary>Builds Binomial(n, π) from π's log-odds θ = log(π/(1 − π)), with π and 1 − π each computed without cancellation.</summary>
    public static ConditionalBinomial FromLogOdds(long n, double theta)
    {
        var p = theta >= 0 ? 1 / (1 + Math.Exp(-theta)) : Math.Exp(theta) / (1 + Math.Exp(theta));
        var q = theta >= 0 ? Math.Exp(-theta) / (1 + Math.Exp(-theta)) : 1 / (1 + Math.Exp(theta));
        return new ConditionalBinomial(n, p, q);
    }

    /// <summary>P(X = k).</summary>
    public double Pmf(long k)
    {
        if (k < 0 || k > N)
        {
            return 0;
        }

        return Binomial.Raw(k, N, P, Q, log: false);
    }

    /// <summary>P(X ≤ k) = I_q(n − k, k + 1).</summary>
    public double Cdf(long k)
    {
        if (k < 0)
        {
            return 0;
        }

        if (k >= N)
        {
            return 1;
        }

        return Q <= 0.5
            ? IncompleteBeta.Regularized(N - k, k + 1, Q)
            : IncompleteBeta.RegularizedComplement(k + 1, N - k, P);
    }

    /// <summary>P(X &gt; k) = I_p(k + 1, n − k).</summary>
    public double Survival(long k)
    {
        if (k < 0)
        {
            return 1;
        }

        if (k >= N)
        {
            return 0;
        }

        return P <= 0.5
            ? IncompleteBeta.Regularized(k + 1, N - k, P)
            : IncompleteBeta.RegularizedComplement(N - k, k + 1, Q);
    }

    /// <summary>
    /// R's two-sided exact test (<c>binom.test</c>): the sum of P(X = i) over every i with
    /// P(X = i) ≤ P(X = x)·(1 + 10⁻⁷), capped at 1; 1 when x equals n·p exactly.
    /// </summary>
    /// <remarks>
    /// R counts the qualifying i on the far side of the mean one by one; the binomial is unimodal with its mode
    /// between ⌊np⌋ and ⌈np⌉, so the far side is monotone and a binary search finds the same count in O(log n).
    /// </remarks>
    public double TwoSidedExactPValue(long x)
    {
        const double RelErr = 1 + 1e-7;
        var d = Pmf(x) * RelErr;
        var m = N * P;
        if (x == m)
        {
            return 1;
        }

        double p;
        if (x < m)
        {
            // i in [ceil(m), n], pmf non-increasing: find the first i with pmf(i) <= d.
            var lo = (long)Math.Ceiling(m);
            var hi = N + 1;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (Pmf(mid) <= d)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            var y = N - lo + 1;
            p = Cdf(x) + Survival(N - y);
        }
        else
        {
            // i in [0, floor(m)], pmf non-decreasing: find the last i with pmf(i) <= d.
            var lo = -1L;
            var hi = (long)Math.Floor(m);
            while (lo < hi)
            {
                var mid = lo + ((hi - lo + 1) / 2);
                if (Pmf(mid) <= d)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            var y = lo + 1;
            p = Cdf(y - 1) + Survival(x - 1);
        }

        return Math.Min(1, p);
    }
}
