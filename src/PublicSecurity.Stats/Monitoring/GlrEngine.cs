namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// The GLR and LR CUSUM detectors for an intercept change of a Poisson or negative binomial count, as the C code of
/// <c>surveillance</c> 1.20.3 computes them (<c>glr_cusum</c>, <c>glr_cusum_window</c>, <c>lr_cusum</c>,
/// <c>lr_cusum_nb</c>, <c>glr_nb_window</c>), and the restart after each alarm of <c>algo.glrnb</c>.
/// </summary>
internal static class GlrEngine
{
    /// <summary>One run of the detector from position 0: returns N (1-based; length + 1 when no alarm) and fills val and cases.</summary>
    internal static int Run(int[] x, double[] mu0, GlrOptions o, double[] val, double[] cases)
    {
        var dir = o.Direction == ChangeDirection.Increase ? 1 : -1;
        var m = o.Window ?? -1;
        Array.Clear(val);
        Array.Clear(cases);
        if (o.FixedChange is double kappa)
        {
            return o.Alpha == 0.0 ? LrCusum(x, mu0, kappa, o.Threshold, val, cases, o.ReturnCases) : LrCusumNb(x, mu0, o.Alpha, kappa, o.Threshold, val, cases, o.ReturnCases);
        }

        if (o.Alpha == 0.0)
        {
            return m > 0 ? GlrCusumWindow(x, mu0, m, o.Threshold, val, cases, dir, o.ReturnCases) : GlrCusum(x, mu0, o.Threshold, val, cases, dir, o.ReturnCases);
        }

        return GlrNbWindow(x, mu0, o.Alpha, m, o.Threshold, val, dir);
    }

    // C's fmax: a NaN argument is ignored.
    private static double Fmax(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);

    private static int LrCusum(int[] x, double[] mu0, double kappa, double c, double[] lr, double[] cases, bool ret)
    {
        for (var n = 0; n < x.Length; n++)
        {
            var zn = kappa * x[n] + (1 - Math.Exp(kappa)) * mu0[n];
            var previous = n == 0 ? 0.0 : lr[n - 1];
            lr[n] = Fmax(0, n == 0 ? zn : previous + zn);
            if (ret)
            {
                cases[n] = (c - previous + mu0[n] * (Math.Exp(kappa) - 1)) / kappa;
            }

            if (lr[n] > c)
            {
                return n + 1;
            }
        }

        return x.Length + 1;
    }

    private static int LrCusumNb(int[] x, double[] mu0, double alpha, double kappa, double c, double[] lr, double[] cases, bool ret)
    {
        for (var n = 0; n < x.Length; n++)
        {
            var logRatio = Math.Log((1 + alpha * mu0[n]) / (1 + alpha * mu0[n] * Math.Exp(kappa)));
            var zn = kappa * x[n] + (x[n] + 1 / alpha) * logRatio;
            var previous = n == 0 ? 0.0 : lr[n - 1];
            lr[n] = Fmax(0, n == 0 ? zn : previous + zn);
            if (ret)
            {
                cases[n] = -(previous * alpha + logRatio - c * alpha) / alpha / (kappa + logRatio);
            }

            if (lr[n] > c)
            {
                return n + 1;
            }
        }

        return x.Length + 1;
    }

    // max over the change point k of the Poisson log-likelihood ratio of x[k..n], κ by maximum likelihood clamped to the
    // direction: glr() from k = n down to 0; glr_window() from n − 1 down to max(0, n − M), the sums starting at x[n]
    // (surveillance's window never tries the change at n itself).
    private static double Glr(int n, int[] x, double[] mu0, int dir) => MaxRatio(x, mu0, dir, n, 0, 0.0, 0.0);

    private static double GlrWindow(int n, int[] x, double[] mu0, int dir, int m) => MaxRatio(x, mu0, dir, n - 1, Math.Max(0, n - m), x[n], mu0[n]);

    private static double MaxRatio(int[] x, double[] mu0, int dir, int from, int to, double sumx, double summu0)
    {
        var maxGlr = -1e99;
        for (var k = from; k >= to; k--)
        {
            sumx += x[k];
            summu0 += mu0[k];
            var kappa = dir * Fmax(0, dir * Math.Log(sumx / summu0));
            var sum = kappa * sumx + (1 - Math.Exp(kappa)) * summu0;
            if (sum > maxGlr)
            {
                maxGlr = sum;
            }
        }

        return maxGlr;
    }

    private static int GlrCusum(int[] x, double[] mu0, double c, double[] glr, double[] cases, int dir, bool ret)
    {
        for (var n = 0; n < x.Length; n++)
        {
            glr[n] = Glr(n, x, mu0, dir);
            if (ret)
            {
                cases[n] = CasesForAlarm(n, x, mu0, dir, c, (i, xs, mus, d) => Glr(i, xs, mus, d));
            }

            if (glr[n] >= c)
            {
                return n + 1;
            }
        }

        return x.Length + 1;
    }

    private static int GlrCusumWindow(int[] x, double[] mu0, int m, double c, double[] glr, double[] cases, int dir, bool ret)
    {
        for (var n = 1; n < x.Length; n++)
        {
            glr[n] = GlrWindow(n, x, mu0, dir, m);
            if (ret)
            {
                cases[n] = CasesForAlarm(n, x, mu0, dir, c, (i, xs, mus, d) => GlrWindow(i, xs, mus, d, m));
            }

            if (glr[n] >= c)
            {
                return n + 1;
            }
        }

        return x.Length + 1;
    }

    // The count at n from which the statistic reaches c (increase) or stays at or below it (decrease), by R's search.
    private static double CasesForAlarm(int n, int[] x, double[] mu0, int dir, double c, Func<int, int[], double[], int, double> statistic)
    {
        var old = x[n];
        var xnew = -1;
        var value = c - dir;
        while (dir * value < c * dir)
        {
            xnew++;
            x[n] = xnew;
            value = statistic(n, x, mu0, dir);
        }

        x[n] = old;
        return xnew;
    }

    private static int GlrNbWindow(int[] x, double[] mu0, double alpha, int m, double c, double[] glr, int dir)
    {
        for (var n = 0; n < x.Length; n++)
        {
            var maxGlr = -1e99;
            var kappaMl = 0.5;
            var low = m == -1 ? 0 : Math.Max(0, n - m);
            for (var k = low; k <= n; k++)
            {
                var kappaOld = 0.4;
                var kappaNew = kappaMl;
                var iter = 0;
                while (kappaNew > -18 && Math.Abs(kappaNew - kappaOld) > 1e-6 && iter < 1000)
                {
                    iter++;
                    kappaOld = kappaNew;
                    kappaNew = kappaOld + NbScore(kappaOld, x, mu0, alpha, k, n) / NbFisher(kappaOld, x, mu0, alpha, k, n);
                }

                kappaMl = dir * Fmax(0, dir * kappaNew);
                var lnk = 0.0;
                for (var i = k; i <= n; i++)
                {
                    lnk += kappaMl * x[i] + (x[i] + 1 / alpha) * Math.Log((1 + alpha * mu0[i]) / (1 + alpha * mu0[i] * Math.Exp(kappaMl)));
                }

                if (lnk > maxGlr)
                {
                    maxGlr = lnk;
                }
            }

            glr[n] = maxGlr;
            if (maxGlr >= c)
            {
                return n + 1;
            }
        }

        return x.Length + 1;
    }

    private static double NbScore(double kappa, int[] x, double[] mu0, double alpha, int k, int n)
    {
        var sum = 0.0;
        for (var i = k; i <= n; i++)
        {
            sum += (x[i] - Math.Exp(kappa) * mu0[i]) / (1 + alpha * Math.Exp(kappa) * mu0[i]);
        }

        return sum;
    }

    private static double NbFisher(double kappa, int[] x, double[] mu0, double alpha, int k, int n)
    {
        var sum = 0.0;
        for (var i = k; i <= n; i++)
        {
            var d = 1 + alpha * Math.Exp(kappa) * mu0[i];
            sum += mu0[i] * (alpha * x[i] + 1) / (d * d);
        }

        return Math.Exp(kappa) * sum;
    }
}
