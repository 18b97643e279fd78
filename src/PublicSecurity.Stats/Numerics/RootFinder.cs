namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// Root finding shared by the special functions: Brent's method (R's <c>zeroin</c>) for a bracketed root, and Halley
/// steps on the log of a distribution's tail for its quantiles (the incomplete beta and gamma inverses).
/// </summary>
internal static class RootFinder
{
    /// <summary>
    /// Solves F(x) = p (for p ≤ q, on the lower tail) or G(x) = q (on the upper tail) by Halley steps on
    /// h(x) = log F(x) − log p, or log q − log G(x), kept inside the bracket (0, <paramref name="upper"/>) and bisected
    /// (geometrically) when a step leaves it or the tail underflows.
    /// </summary>
    /// <remarks>
    /// Stops when a step is at the rounding of x, when Halley's error after the step is far below the rounding of the
    /// residual, or when the bracket has closed; 200 iterations at most. Accuracy against R's <c>qbeta</c>/<c>qgamma</c>
    /// is checked by the reference tests of the intervals built on it.
    /// </remarks>
    /// <param name="tail">The distribution: its two tails, density and log-density slope at x.</param>
    /// <param name="p">The lower-tail probability.</param>
    /// <param name="q">The upper-tail probability, 1 − p computed exactly by the caller.</param>
    /// <param name="guess">The starting value, inside the bracket.</param>
    /// <param name="upper">The upper end of the support: 1 for beta, +∞ for gamma.</param>
    public static double HalleyOnLogTail<TTail>(TTail tail, double p, double q, double guess, double upper)
        where TTail : struct, ITailFunction
    {
        var useLower = p <= q;
        var logTarget = Math.Log(useLower ? p : q);
        var lo = 0.0;
        var hi = upper;
        var x = guess;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            tail.Tails(x, out var lowerTail, out var upperTail);
            var tailValue = useLower ? lowerTail : upperTail;
            double next;
            if (!(tailValue > 0.0))
            {
                // The tail underflowed: the root is towards the other end of the bracket.
                if (useLower)
                {
                    lo = x;
                }
                else
                {
                    hi = x;
                }

                next = Bisect(lo, hi);
            }
            else
            {
                var residual = useLower ? Math.Log(tailValue) - logTarget : logTarget - Math.Log(tailValue);
                if (residual == 0.0)
                {
                    return x;
                }

                if (residual > 0.0)
                {
                    hi = x;
                }
                else
                {
                    lo = x;
                }

                var slope = tail.Density(x) / tailValue; // h'(x)
                var ratio = residual / slope;
                var curvature = tail.LogDensitySlope(x) + (useLower ? -slope : slope); // h''/h'
                var halley = 1.0 - 0.5 * ratio * curvature;
                var useHalley = halley > 0.5 && halley < 2.0;
                var step = useHalley ? ratio / halley : ratio;
                next = x - step;
                if (Math.Abs(step) <= 1e-15 * x)
                {
                    // Converged: the step is at the rounding of x (it may even round to x itself).
                    return next;
                }

                if (!(next > lo && next < hi))
                {
                    next = Bisect(lo, hi);
                }
                else if (useHalley && Math.Abs(step) <= 1e-8 * next && Math.Abs(curvature * step) <= 1e-4)
                {
                    // Halley's error after this step is about (h''/h')²·step³ ≤ 1e-8 · 1e-8 · step: well below the
                    // rounding of the residual, so a further evaluation would only confirm it.
                    return next;
                }
            }

            if (Math.Abs(next - x) <= 1e-15 * next || hi - lo <= 1e-15 * lo)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>Bisects a bracket of a positive variable: geometrically when it spans more than a factor 4, and outwards when it is unbounded.</summary>
    public static double Bisect(double lo, double hi)
    {
        if (double.IsPositiveInfinity(hi))
        {
            return lo > 0.0 ? 4.0 * lo : 1.0;
        }

        return lo > 0.0 && hi > 4.0 * lo ? Math.Sqrt(lo * hi) : lo == 0.0 ? hi / 16.0 : 0.5 * (lo + hi);
    }

    /// <summary>Finds x in [a, b] with f(x) = 0, given f(a) and f(b) of opposite signs (or one of them zero).</summary>
    public static double Brent<TState>(Func<double, TState, double> f, TState state, double a, double b, double fa, double fb)
    {
        const int MaxIterations = 300;
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        var c = a;
        var fc = fa;
        for (var i = 0; i < MaxIterations; i++)
        {
            var prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tol = (2 * double.Epsilon) + (2 * 2.220446049250313e-16 * Math.Abs(b));
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tol || fb == 0)
            {
                return b;
            }

            if (Math.Abs(prevStep) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double p;
                double q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    var qa = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * ((cb * qa * (qa - t1)) - ((b - a) * (t1 - 1.0)));
                    q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (p < ((0.75 * cb * q) - (Math.Abs(tol * q) / 2)) && p < Math.Abs(prevStep * q / 2))
                {
                    newStep = p / q;
                }
            }

            if (Math.Abs(newStep) < tol)
            {
                newStep = newStep > 0 ? tol : -tol;
            }

            a = b;
            fa = fb;
            b += newStep;
            fb = f(b, state);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        return b;
    }
}

/// <summary>A continuous distribution as <see cref="RootFinder.HalleyOnLogTail{TTail}"/> inverts it.</summary>
internal interface ITailFunction
{
    /// <summary>Gets both tails at x, each computed directly (never as 1 − the other).</summary>
    void Tails(double x, out double lower, out double upper);

    /// <summary>Gets the density at x.</summary>
    double Density(double x);

    /// <summary>Gets d/dx log f(x), the density's own curvature term.</summary>
    double LogDensitySlope(double x);
}
