namespace PublicSecurity.Stats.Numerics;

/// <summary>Brent's method (R's <c>zeroin</c>) for a bracketed root, iterated to machine precision.</summary>
internal static class RootFinder
{
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
