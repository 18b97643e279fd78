namespace PublicSecurity.Stats.Numerics;

/// <summary>A discrete distribution on 0, 1, … as the two-sided p-values read it.</summary>
internal interface IDiscreteLaw
{
    /// <summary>Gets the largest value of the support (<see cref="long.MaxValue"/> when unbounded).</summary>
    long Max { get; }

    /// <summary>Gets the mean.</summary>
    double Mean { get; }

    /// <summary>P(X = k).</summary>
    double Pmf(long k);

    /// <summary>P(X ≤ k); 0 below 0.</summary>
    double AtMost(long k);

    /// <summary>P(X ≥ k); 1 at or below 0, 0 above <see cref="Max"/>.</summary>
    double AtLeast(long k);
}

/// <summary>Binomial(n, π) with π and 1 − π given apart (see <see cref="ConditionalBinomial"/>).</summary>
internal readonly struct BinomialLaw(ConditionalBinomial law) : IDiscreteLaw
{
    public long Max => law.N;

    public double Mean => law.N * law.P;

    public static BinomialLaw FromLogOdds(long n, double theta) => new(ConditionalBinomial.FromLogOdds(n, theta));

    public double Pmf(long k) => law.Pmf(k);

    public double AtMost(long k) => law.Cdf(k);

    public double AtLeast(long k) => k > law.N ? 0 : law.Survival(k - 1);
}

/// <summary>Poisson(λ), λ &gt; 0.</summary>
internal readonly struct PoissonLaw(double lambda) : IDiscreteLaw
{
    public long Max => long.MaxValue;

    public double Mean => lambda;

    public double Pmf(long k) => k < 0 ? 0 : Math.Exp(Poisson.LogPmf(k, lambda));

    public double AtMost(long k) => Poisson.CdfUnchecked(k, lambda);

    public double AtLeast(long k) => k <= 0 ? 1 : Poisson.Survival(k - 1, lambda);
}

/// <summary>
/// Two-sided exact p-values and their matching confidence limits for the binomial and the Poisson, as the R package
/// exactci 1.4-5 (M. P. Fay) computes them: <c>exactbinomPvals</c>, <c>exactpoissonPval</c>, <c>exactbinomCI</c> and
/// <c>exactpoissonCI</c>.
/// </summary>
/// <remarks>
/// <para>
/// Outcomes "as or less likely" are decided with exactci's factor relErr = 1 + 10⁻⁷. The tails come from the incomplete
/// beta and gamma functions, never as 1 minus the other tail; the searches over outcomes are binary (the distributions
/// are unimodal and their tails monotone), where exactci sums the whole support.
/// </para>
/// <para>
/// The matching limits of the minlike and Blaker rules are the ends of {θ : p(θ) &gt; α}. The p-value function jumps
/// where the set of outcomes it counts changes (exactci's intercepts); between two jumps it is the sum of a decreasing
/// and an increasing tail. The binomial limits are found on the log-odds scale, piece by piece from the outside in, as
/// exactci's <c>refine</c> does, but by bisection with the two monotone bounds to 10⁻¹² in log-odds (exactci stops at
/// its <c>tol</c>); the Poisson limits follow <c>exactpoissonCI</c>'s own piecewise algorithm with Brent's method in
/// place of <c>uniroot</c>.
/// </para>
/// </remarks>
internal static class TwoSidedExact
{
    /// <summary>exactci's relErr: a probability within this factor of the observed one counts as "as likely".</summary>
    internal const double RelErr = 1 + 1e-7;

    /// <summary>Twice the smaller tail (the value of <c>Estimation.ExactTwoSidedMethod.Central</c>).</summary>
    internal const int Central = 0;

    /// <summary>Outcomes no more likely than the observed one (Sterne; R's <c>binom.test</c>).</summary>
    internal const int MinLike = 1;

    private const double LogOddsTolerance = 1e-12;

    /// <summary>The two-sided p-value of the outcome <paramref name="x"/> under <paramref name="law"/> by <paramref name="rule"/>.</summary>
    /// <param name="law">The distribution under the null.</param>
    /// <param name="x">The observed outcome, in the support.</param>
    /// <param name="rule">The rule: <see cref="Central"/>, <see cref="MinLike"/> or 2 (Blaker), the values of <c>Estimation.ExactTwoSidedMethod</c>.</param>
    /// <param name="lowerFirst">
    /// Blaker only: whether a tie of the two tails is resolved as "the lower tail is observed" (exactci's binomial code)
    /// rather than the upper (its Poisson code).
    /// </param>
    public static double PValue<TLaw>(TLaw law, long x, int rule, bool lowerFirst)
        where TLaw : struct, IDiscreteLaw
    {
        var lower = law.AtMost(x);
        var upper = law.AtLeast(x);
        double p;
        switch (rule)
        {
            case Central:
                p = 2 * Math.Min(lower, upper);
                break;
            case MinLike:
                var d = law.Pmf(x) * RelErr;
                var m = law.Mean;
                if (x == m)
                {
                    return 1;
                }

                if (x < m)
                {
                    // The far side from ⌈m⌉ on is non-increasing: the first outcome no more likely than x.
                    var first = FirstAtOrBelow(law, (long)Math.Ceiling(m), d, tail: false);
                    p = lower + law.AtLeast(first);
                }
                else
                {
                    var last = LastAtOrBelow(law, (long)Math.Floor(m), d);
                    p = law.AtMost(last) + upper;
                }

                break;
            default:
                if (lowerFirst ? lower <= upper : lower < upper)
                {
                    // The smallest j with P(X ≥ j) ≤ lower·relErr (P(X ≥ j) is non-increasing in j).
                    var start = lowerFirst ? 0 : x;
                    var j = FirstAtOrBelow(law, start, lower * RelErr, tail: true);
                    p = j > law.Max ? lower : lower + law.AtLeast(j);
                }
                else
                {
                    // The largest j with P(X ≤ j) ≤ upper·relErr, or −1 (an empty tail).
                    long lo = -1;
                    var hi = x;
                    while (hi - lo > 1)
                    {
                        var mid = lo + ((hi - lo) / 2);
                        if (law.AtMost(mid) <= upper * RelErr)
                        {
                            lo = mid;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }

                    if (law.AtMost(hi) <= upper * RelErr)
                    {
                        lo = hi;
                    }

                    p = upper + law.AtMost(lo);
                }

                break;
        }

        return Math.Min(1, p);
    }

    /// <summary>
    /// The matching limits of the minlike or Blaker rule for x successes of n, on the log-odds scale: −∞ when x = 0,
    /// +∞ when x = n (exactci <c>exactbinomCI</c>).
    /// </summary>
    public static (double Lower, double Upper) BinomialLogOdds(long x, long n, double alpha, bool blaker)
    {
        var lower = x == 0 ? double.NegativeInfinity : BinomialLowerLogOdds(x, n, alpha, blaker);
        var upper = x == n ? double.PositiveInfinity : -BinomialLowerLogOdds(n - x, n, alpha, blaker);
        return (lower, upper);
    }

    /// <summary>The matching limits of the minlike or Blaker rule for a Poisson count x, on the mean scale (exactci <c>exactpoissonCI</c>).</summary>
    public static (double Lower, double Upper) PoissonMean(long x, double alpha, bool blaker) =>
        blaker ? PoissonBlaker(x, alpha) : PoissonMinLike(x, alpha);

    // The lower limit of the binomial (the upper limit is the lower limit of n − x failures, mirrored: the rules are
    // symmetric under x ↦ n − x, θ ↦ −θ). Pieces: below I(0) only the upper tail P(X ≥ x) counts; on [I(l), I(l + 1)]
    // the outcomes ≤ l count too, where I(l) is the log-odds at which outcome l becomes as likely (minlike) or its
    // tail as large (Blaker) as the observed one.
    private static double BinomialLowerLogOdds(long x, long n, double alpha, bool blaker)
    {
        // Below the first jump the p-value is P(X ≥ x; θ), which is α at the one-sided Clopper–Pearson limit.
        var oneSided = Math.Log(IncompleteBeta.Inverse(alpha, x, n - x + 1.0)) - Math.Log(IncompleteBeta.InverseComplement(alpha, n - x + 1.0, x));
        var first = Intercept(0, x, n, blaker);
        if (first > oneSided)
        {
            return oneSided;
        }

        // Blaker's interval lies within the central (Clopper–Pearson) interval at α/2 per tail: skip the pieces below it.
        long l = 0;
        if (blaker)
        {
            var central = Math.Log(IncompleteBeta.Inverse(alpha / 2, x, n - x + 1.0)) - Math.Log(IncompleteBeta.InverseComplement(alpha / 2, n - x + 1.0, x));
            long lo = 0;
            var hi = x - 1;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo + 1) / 2);
                if (Intercept(mid, x, n, true) <= central)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            l = lo;
        }

        var left = Intercept(l, x, n, blaker);
        for (; l < x - 1; l++)
        {
            var right = Intercept(l + 1, x, n, blaker);
            if (right > left && LowestAbove(l, x, n, alpha, left, right) is double found)
            {
                return found;
            }

            left = Math.Max(left, right);
        }

        return left;
    }

    /// <summary>The jump between pieces: where outcome <paramref name="xlo"/> and outcome <paramref name="xhi"/> are equally likely (minlike), or their outer tails equal (Blaker).</summary>
    private static double Intercept(long xlo, long xhi, long n, bool blaker)
    {
        // log C(n, xlo) − log C(n, xhi) over xhi − xlo: the log-odds where the two binomial terms are equal.
        var minLike = (SpecialFunctions.LogGamma(xhi + 1.0) - SpecialFunctions.LogGamma(xlo + 1.0)
            + SpecialFunctions.LogGamma(n - xhi + 1.0) - SpecialFunctions.LogGamma(n - xlo + 1.0)) / (xhi - xlo);
        if (!blaker)
        {
            return minLike;
        }

        var state = (Lo: xlo, Hi: xhi, N: n);
        static double H(double theta, (long Lo, long Hi, long N) s)
        {
            var law = BinomialLaw.FromLogOdds(s.N, theta);
            return law.AtMost(s.Lo) - law.AtLeast(s.Hi);
        }

        // H decreases in θ: bracket from the minlike jump outwards, then Brent.
        var a = minLike - 1;
        var fa = H(a, state);
        while (fa < 0)
        {
            a -= 4;
            fa = H(a, state);
        }

        var b = minLike + 1;
        var fb = H(b, state);
        while (fb > 0)
        {
            b += 4;
            fb = H(b, state);
        }

        return RootFinder.Brent(H, state, a, b, fa, fb);
    }

    // The smallest θ in [a, b] with P(X ≤ l; θ) + P(X ≥ x; θ) > α, or null. The first term decreases and the second
    // increases in θ, so on [u, v] the sum lies between P(X ≤ l; v) + P(X ≥ x; u) and P(X ≤ l; u) + P(X ≥ x; v).
    private static double? LowestAbove(long l, long x, long n, double alpha, double a, double b)
    {
        var stack = new Stack<(double U, double V)>();
        stack.Push((a, b));
        while (stack.Count > 0)
        {
            var (u, v) = stack.Pop();
            var lu = BinomialLaw.FromLogOdds(n, u);
            var lv = BinomialLaw.FromLogOdds(n, v);
            var (fu, su) = (lu.AtMost(l), lu.AtLeast(x));
            var (fv, sv) = (lv.AtMost(l), lv.AtLeast(x));
            if (fu + sv <= alpha)
            {
                continue;
            }

            if (fv + su > alpha || v - u <= LogOddsTolerance * Math.Max(1, Math.Abs(u)))
            {
                return u;
            }

            var mid = 0.5 * (u + v);
            stack.Push((mid, v));
            stack.Push((u, mid));
        }

        return null;
    }

    // Gallop then bisect for the first i ≥ from whose pmf (tail = false) or P(X ≥ i) (tail = true) is at most t, both
    // non-increasing from there on; Max + 1 when none.
    private static long FirstAtOrBelow<TLaw>(TLaw law, long from, double t, bool tail)
        where TLaw : struct, IDiscreteLaw
    {
        var lo = from - 1;
        var step = 1L;
        var hi = from;
        while (hi <= law.Max && (tail ? law.AtLeast(hi) : law.Pmf(hi)) > t)
        {
            lo = hi;
            step *= 2;
            hi = law.Max - lo < step ? law.Max + 1 : lo + step;
        }

        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if ((tail ? law.AtLeast(mid) : law.Pmf(mid)) <= t)
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

    private static long LastAtOrBelow<TLaw>(TLaw law, long to, double d)
        where TLaw : struct, IDiscreteLaw
    {
        // The last i ≤ to with pmf(i) ≤ d (pmf non-decreasing up to the mode), or −1.
        long lo = -1;
        var hi = to;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (law.Pmf(mid) <= d)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static double PoissonP(long x, double theta, int rule) => PValue(new PoissonLaw(theta), x, rule, lowerFirst: false);

    // exactci's ttheta(a, b): where the Poisson terms of a and b are equal.
    private static double JumpMinLike(long a, long b) =>
        Math.Exp((SpecialFunctions.LogGamma(b + 1.0) - SpecialFunctions.LogGamma(a + 1.0)) / (b - a));

    // exactci's htheta(xlo, xhi): where P(X ≤ xlo) = P(X ≥ xhi).
    private static double JumpBlaker(long xlo, long xhi)
    {
        var state = (Lo: xlo, Hi: xhi);
        static double H(double theta, (long Lo, long Hi) s)
        {
            var law = new PoissonLaw(theta);
            return law.AtMost(s.Lo) - law.AtLeast(s.Hi);
        }

        var b = xhi + 10.0 * Math.Sqrt(xhi) + 10;
        var fb = H(b, state);
        while (fb > 0)
        {
            b *= 2;
            fb = H(b, state);
        }

        return RootFinder.Brent(H, state, 0, b, H(0, state), fb);
    }

    private static double Root(Func<double, (long X, double Alpha, long J, int Kind), double> f, (long X, double Alpha, long J, int Kind) state, double a, double b) =>
        RootFinder.Brent(f, state, a, b, f(a, state), f(b, state));

    private static (double Lower, double Upper) PoissonMinLike(long x, double alpha)
    {
        // Upper limit: the last jump ttheta(x, x + j) whose p-value is above α.
        var j = 1L;
        var pHigh = 1.0;
        while (pHigh > alpha)
        {
            j++;
            pHigh = PoissonP(x, JumpMinLike(x, x + j), MinLike);
        }

        var upper = JumpMinLike(x, x + j - 1);
        if (x == 0)
        {
            return (0, upper);
        }

        var thetaLeft = (double)x;
        var pLeft = 1.0;
        for (j = 2; j <= x + 1; j++)
        {
            var thetaRight = thetaLeft;
            var pRight = pLeft - new PoissonLaw(thetaRight).Pmf(x - j + 1);
            if (x - j < 0)
            {
                return (IncompleteGamma.Inverse(alpha, x), upper);
            }

            thetaLeft = JumpMinLike(x - j, x);
            pLeft = PoissonP(x, thetaLeft, MinLike);
            if (pLeft == alpha)
            {
                return (thetaLeft, upper);
            }

            if (pLeft < alpha && pRight > alpha)
            {
                static double F(double r, (long X, double Alpha, long J, int Kind) s) => PoissonP(s.X, r, MinLike) - s.Alpha;

                // exactci searches up to just below the jump (tthetaRight − tol), where the p-value is still the piece's.
                return (Root(F, (x, alpha, j, 0), thetaLeft, thetaRight * (1 - 1e-13)), upper);
            }

            if (pLeft < alpha)
            {
                return (thetaRight, upper);
            }
        }

        return (IncompleteGamma.Inverse(alpha, x), upper);
    }

    private static (double Lower, double Upper) PoissonBlaker(long x, double alpha)
    {
        var lower = x == 0 ? 0 : PoissonBlakerLower(x, alpha);

        // Upper limit: on each piece the p-value falls to a minimum at the minlike jump, then rises.
        var pMid = 1.0;
        var pRight = 1.0;
        var pLeft = 1.0;
        var j = 1L;
        var thetaRight = JumpBlaker(x, x + j);
        var thetaLeft = thetaRight;
        var thetaMid = thetaRight;
        while (pMid > alpha)
        {
            thetaLeft = thetaRight;
            pLeft = pRight - new PoissonLaw(thetaLeft).Pmf(x + j);
            thetaMid = JumpMinLike(x, x + j);
            j++;
            thetaRight = JumpBlaker(x, x + j);
            var mid = new PoissonLaw(thetaMid);
            pMid = mid.AtMost(x) + mid.AtLeast(x + j);
            var right = new PoissonLaw(thetaRight);
            pRight = right.AtMost(x) + right.AtLeast(x + j);
        }

        double upper;
        if (pMid == alpha)
        {
            upper = thetaMid;
        }
        else if (pLeft < alpha)
        {
            upper = thetaLeft;
        }
        else if (pRight == alpha || (pLeft > alpha && pRight > alpha))
        {
            upper = thetaRight;
        }
        else
        {
            static double F(double theta, (long X, double Alpha, long J, int Kind) s)
            {
                var law = new PoissonLaw(theta);
                return s.Alpha - law.AtMost(s.X) - law.AtLeast(s.X + s.J);
            }

            upper = Root(F, (x, alpha, j, 0), thetaLeft, thetaMid);
        }

        return (lower, upper);
    }

    private static double PoissonBlakerLower(long x, double alpha)
    {
        var pLeft = 1.0;
        var thetaLeft = JumpBlaker(x - 1, x);
        for (var j = 2L; j <= x + 1; j++)
        {
            var thetaRight = thetaLeft;
            var pRight = pLeft - new PoissonLaw(thetaRight).Pmf(x - j + 1);
            if (pRight <= alpha)
            {
                return thetaRight;
            }

            if (x - j < 0)
            {
                return IncompleteGamma.Inverse(alpha, x);
            }

            thetaLeft = JumpBlaker(x - j, x);
            var left = new PoissonLaw(thetaLeft);
            pLeft = left.AtMost(x - j) + left.AtLeast(x);
            if (pLeft <= alpha)
            {
                static double F(double theta, (long X, double Alpha, long J, int Kind) s)
                {
                    var law = new PoissonLaw(theta);
                    return s.Alpha - law.AtMost(s.X - s.J) - law.AtLeast(s.X);
                }

                return Root(F, (x, alpha, j, 0), thetaLeft, thetaRight);
            }
        }

        return IncompleteGamma.Inverse(alpha, x);
    }
}
