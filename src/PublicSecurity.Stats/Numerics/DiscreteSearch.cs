namespace PublicSecurity.Stats.Numerics;

/// <summary>A distribution function of an integer variable, evaluated by <see cref="DiscreteSearch"/>.</summary>
internal interface IDiscreteCdf
{
    /// <summary>P(X ≤ k).</summary>
    double Cdf(long k);
}

/// <summary>
/// The smallest integer r in [0, max] with F(r) ≥ target, by galloping from a starting guess and then bisection:
/// the search behind R's <c>qbinom</c> and <c>qpois</c>.
/// </summary>
/// <remarks>
/// R searches linearly (in steps of n/1000, then 1) from a Cornish–Fisher start; for a non-decreasing F the
/// answer is the same, in O(log) evaluations instead of O(√n). Generic over a struct so that nothing is allocated.
/// </remarks>
internal static class DiscreteSearch
{
    internal static long Smallest<TCdf>(TCdf distribution, double target, long guess, long max)
        where TCdf : struct, IDiscreteCdf
    {
        guess = Math.Clamp(guess, 0, max);
        long lo; // F(lo) < target, or lo = −1
        long hi; // F(hi) ≥ target
        if (distribution.Cdf(guess) >= target)
        {
            hi = guess;
            var step = 1L;
            lo = hi - step;
            while (lo >= 0 && distribution.Cdf(lo) >= target)
            {
                hi = lo;
                step = step > max ? max : step * 2;
                lo = hi - step;
            }

            lo = Math.Max(lo, -1);
        }
        else
        {
            lo = guess;
            var step = 1L;
            hi = lo > max - step ? max : lo + step;
            while (hi < max && distribution.Cdf(hi) < target)
            {
                lo = hi;
                step = step > max ? max : step * 2;
                hi = lo > max - step ? max : lo + step;
            }
        }

        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            if (distribution.Cdf(mid) >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }
}
