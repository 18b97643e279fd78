using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>One monitored month as the engine computes it; NaN stands for R's NA (public types turn it into null).</summary>
internal struct FarringtonValues
{
    public double Expected;
    public double UpperBound;
    public double TrendCoefficient;
    public double Dispersion;
    public double Score;
    public double PValue;
    public double Mu0;
    public bool Alarm;
    public bool TrendUsed;
    public bool Fitted;
}

/// <summary>
/// The improved Farrington method, step by step as <c>surveillance::farringtonFlexible</c> (1.20.3) computes it for a
/// series without dates (months numbered 1, 2, …): reference blocks, the quasi-Poisson GLM with optional trend and
/// seasonal factor, down-weighting by Anscombe residuals, the trend test, and the threshold.
/// </summary>
internal static class FarringtonEngine
{
    private const double DoubleEps = 2.220446049250313e-16;
    private const int Frequency = 12;

    /// <summary>Runs the method for the 1-based months <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="y">The counts of every month of the series.</param>
    /// <param name="exposure">The exposure of every month (log of it is the offset), or empty for no offset.</param>
    /// <param name="o">The options.</param>
    /// <param name="first">The first monitored month (1-based).</param>
    /// <param name="last">The last monitored month (1-based).</param>
    /// <param name="output">One entry per monitored month.</param>
    internal static void Run(ReadOnlySpan<double> y, ReadOnlySpan<double> exposure, FarringtonOptions o, int first, int last, Span<FarringtonValues> output)
    {
        var n = y.Length;
        var factors = new double[n];
        var rows = new List<int>(n);
        for (var k = first; k <= last; k++)
        {
            Blocks(factors, k, o.YearsBack, o.HalfWindow, o.SeasonalPeriods);
            var excluded = o.ExcludedRecentMonths ?? o.HalfWindow;
            rows.Clear();
            for (var t = 1; t <= n; t++)
            {
                if (!double.IsNaN(factors[t - 1]) && !(t >= k - excluded && t <= k))
                {
                    rows.Add(t);
                }
            }

            output[k - first] = Month(y, exposure, o, factors, rows, k);
        }
    }

    // vectorOfFactors of surveillance's blocks(): NaN where a month is in no block. R's a:b runs downwards when b < a.
    private static void Blocks(double[] factors, int now, int b, int w, int p)
    {
        Array.Fill(factors, double.NaN);
        SetRange(factors, now - w, now, p);
        for (var i = 1; i <= b; i++)
        {
            var refWeek = now - Frequency * i;
            SetRange(factors, refWeek - w, refWeek + w, p);
            if (p != 1)
            {
                var period = now - Frequency * (i - 1) - 2 * w - 1 - refWeek;
                var lengthOfBlocks = period / (p - 1);
                var rest = period % (p - 1);
                var cumulative = 0;
                for (var j = 1; j <= p - 1; j++)
                {
                    var length = lengthOfBlocks + (j <= rest ? 1 : 0);
                    var from = refWeek + w + 1 + cumulative;
                    cumulative += length;
                    SetRange(factors, from, refWeek + w + 1 + cumulative - 1, j);
                }
            }
        }
    }

    private static void SetRange(double[] factors, int a, int b, int value)
    {
        var (lo, hi) = a <= b ? (a, b) : (b, a);
        for (var t = lo; t <= hi; t++)
        {
            factors[t - 1] = value;
        }
    }

    private static FarringtonValues Month(ReadOnlySpan<double> y, ReadOnlySpan<double> exposure, FarringtonOptions o, double[] factors, List<int> rows, int k)
    {
        var na = new FarringtonValues
        {
            Expected = double.NaN, UpperBound = double.NaN, TrendCoefficient = double.NaN, Dispersion = double.NaN,
            Score = double.NaN, PValue = double.NaN, Mu0 = double.NaN,
        };
        var m = rows.Count;
        var response = new double[m];
        var offset = exposure.IsEmpty ? [] : new double[m];
        var maxResponse = double.NegativeInfinity;
        for (var i = 0; i < m; i++)
        {
            response[i] = y[rows[i] - 1];
            maxResponse = Math.Max(maxResponse, response[i]);
            if (!exposure.IsEmpty)
            {
                offset[i] = Math.Log(exposure[rows[i] - 1]);
            }
        }

        // The levels of the seasonal factor present in the data, sorted; the first is the reference level.
        var levels = new SortedSet<int>();
        if (o.SeasonalPeriods != 1)
        {
            foreach (var t in rows)
            {
                levels.Add((int)factors[t - 1]);
            }

            if (!levels.Contains(o.SeasonalPeriods))
            {
                return na;
            }
        }

        var levelList = new List<int>(levels);
        var offsetNow = exposure.IsEmpty ? 0.0 : Math.Log(exposure[k - 1]);
        var model = FitWithFallback(response, offset, o, rows, factors, levelList, o.Trend);
        if (model is null)
        {
            return na;
        }

        var doTrend = false;
        if (model.Value.Trend)
        {
            var row = DesignRow(k, o.SeasonalPeriods, true, levelList);
            var eta = model.Value.Fit.Predict(row, offsetNow, out _);
            var fitted = Math.Max(Math.Exp(eta), DoubleEps);
            var fit = model.Value.Fit;
            if (!fit.IsEstimated(1))
            {
                return na; // R stops: no trend coefficient to test
            }

            var se = Math.Sqrt(model.Value.Dispersion * fit.UnscaledVariance(1));
            var pValue = StudentT.TwoSided(fit.Coefficients[1] / se, fit.ResidualDegreesOfFreedom);
            if (double.IsNaN(pValue) && o.YearsBack >= 3)
            {
                return na; // R stops: the trend test is NA
            }

            doTrend = o.YearsBack >= 3 && pValue < o.TrendPValueThreshold && fitted <= maxResponse;
            if (!doTrend)
            {
                model = FitWithFallback(response, offset, o, rows, factors, levelList, false);
                if (model is null)
                {
                    return na;
                }
            }
        }

        var final = model.Value.Fit;
        var phi = model.Value.Phi;
        var x0 = DesignRow(k, o.SeasonalPeriods, model.Value.Trend, levelList);
        var eta0 = final.Predict(x0, offsetNow, out var unscaled);
        var seLink = Math.Sqrt(model.Value.Dispersion * unscaled);
        var link = o.Threshold != FarringtonThreshold.Delta;
        double predFit, predSe;
        if (link)
        {
            (predFit, predSe) = (eta0, seLink);
        }
        else
        {
            var muEta = Math.Max(Math.Exp(eta0), DoubleEps);
            (predFit, predSe) = (muEta, seLink * muEta);
        }

        var observed = y[k - 1];
        var (upper, prob, score) = link ? NoufailyThreshold(predFit, predSe, phi, o, observed) : DeltaThreshold(predFit, predSe, phi, o, observed);
        var recent = 0.0;
        for (var t = k - o.MinimumCasesMonths + 1; t <= k; t++)
        {
            recent += y[t - 1];
        }

        var enough = recent >= o.MinimumCases;
        var result = na;
        result.Fitted = true;
        result.Alarm = enough && !double.IsNaN(score) && score > 1.0 && observed != 0.0;
        result.UpperBound = enough ? upper : double.NaN;
        result.Expected = !double.IsNaN(upper) && enough ? (link ? Math.Exp(predFit) : predFit) : double.NaN;
        result.Mu0 = o.Threshold == FarringtonThreshold.NegativeBinomialPlugIn
            ? Math.Exp(eta0)
            : Math.Exp(predFit + predSe * Normal.Quantile(1.0 - o.Alpha));
        result.Dispersion = phi;
        result.Score = score;
        result.PValue = prob;
        result.TrendUsed = doTrend;
        result.TrendCoefficient = doTrend ? final.Coefficients[1] : double.NaN;
        return result;
    }

    private static (double Upper, double Prob, double Score) DeltaThreshold(double mu0, double seFit, double phi, FarringtonOptions o, double y)
    {
        var tau = phi + seFit * seFit / mu0;
        double se, exponent;
        switch (o.Transform)
        {
            case PowerTransform.None:
                (se, exponent) = (Math.Sqrt(mu0 * tau), 1.0);
                break;
            case PowerTransform.SquareRoot:
                (se, exponent) = (Math.Sqrt(0.25 * tau), 0.5);
                break;
            default:
                (se, exponent) = (Math.Sqrt(4.0 / 9.0 * Math.Pow(mu0, 1.0 / 3.0) * tau), 2.0 / 3.0);
                break;
        }

        var z = Normal.Quantile(1.0 - o.Alpha);
        var a = Math.Pow(mu0, exponent);
        var low = RPow(a - z * se, 1.0 / exponent);
        var high = RPow(a + z * se, 1.0 / exponent);
        // sort(c(low, high), na.last = FALSE): an NA goes first
        var upper = double.IsNaN(low) ? high : double.IsNaN(high) ? low : Math.Max(low, high);
        if (double.IsNaN(low) && double.IsNaN(high))
        {
            upper = double.NaN;
        }

        var prob = Normal.Survival((Math.Pow(y, exponent) - a) / se);
        var score = double.IsNaN(upper) ? double.NaN : (y - mu0) / (upper - mu0);
        return (upper, prob, score);
    }

    private static double RPow(double x, double e) => x < 0.0 && e != Math.Round(e) ? double.NaN : Math.Pow(x, e);

    private static (double Upper, double Prob, double Score) NoufailyThreshold(double eta0, double seEta0, double phi, FarringtonOptions o, double y)
    {
        var quantile = o.Threshold == FarringtonThreshold.NegativeBinomialPlugIn
            ? Math.Exp(eta0)
            : Math.Exp(eta0 + seEta0 * Normal.Quantile(1.0 - o.Alpha));
        if (double.IsPositiveInfinity(quantile) || double.IsNaN(quantile))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        double upper, prob;
        if (phi > 1.0)
        {
            // R: qnbinom(1 - alpha, size = mu/(phi - 1), prob = 1/phi), whose mean is mu.
            var law = new Numerics.NegativeBinomial(quantile / (phi - 1.0), quantile);
            upper = law.Quantile(1.0 - o.Alpha);
            prob = law.Survival((long)y - 1);
        }
        else
        {
            upper = Numerics.Poisson.Quantile(1.0 - o.Alpha, quantile);
            prob = Numerics.Poisson.Survival((long)y - 1, quantile);
        }

        return (upper, prob, (y - eta0) / (upper - eta0));
    }

    // Dispersion is what R's summary.glm and predict.glm use afterwards: surveillance replaces the model's working weights
    // by the prior weights ω after reweighting, so that later summaries read Σ ω r² / df (r the working residuals).
    private readonly record struct Model(LogLinearGlm Fit, double Phi, bool Trend, double Dispersion);

    // algo.farrington.fitGLM.flexible: fit, fall back to no trend when it does not converge, reweight.
    private static Model? FitWithFallback(double[] response, double[] offset, FarringtonOptions o, List<int> rows, double[] factors, List<int> levels, bool trend)
    {
        var fit = FitDesign(response, offset, rows, factors, levels, o.SeasonalPeriods, trend, []);
        if (!fit.IsValid || !fit.Converged)
        {
            if (trend)
            {
                trend = false;
                fit = FitDesign(response, offset, rows, factors, levels, o.SeasonalPeriods, false, []);
            }

            if (!fit.IsValid || !fit.Converged)
            {
                return null;
            }
        }

        var phi = MaxR(fit.Dispersion, 1.0);
        if (o.Reweight)
        {
            var m = response.Length;
            var s = new double[m];
            var count = 0.0;
            for (var i = 0; i < m; i++)
            {
                var mu = fit.Fitted[i];
                var a = 1.5 * (Math.Pow(response[i], 2.0 / 3.0) * Math.Pow(mu, -1.0 / 6.0) - Math.Sqrt(mu));
                // A month fitted by its own parameter (hat 1: the only month of a seasonal level, b = 1 and w = 0) has
                // residual 0/0. R's value there is rounding noise (weight 0 in one month, kept in the next); here it is
                // not an outlier: s = 0, full weight.
                s[i] = 1.0 - fit.Hat[i] < 1e-10 ? 0.0 : a / Math.Sqrt(phi * (1.0 - fit.Hat[i]));
                count += s[i] > o.ReweightThreshold ? Math.Pow(s[i], -2.0) : 1.0;
            }

            var gamma = m / count;
            var omega = new double[m];
            for (var i = 0; i < m; i++)
            {
                omega[i] = s[i] > o.ReweightThreshold ? gamma * Math.Pow(s[i], -2.0) : gamma;
            }

            fit = FitDesign(response, offset, rows, factors, levels, o.SeasonalPeriods, trend, omega);
            if (!fit.IsValid)
            {
                return null;
            }

            phi = MaxR(fit.Dispersion, 1.0);
            var df = fit.ResidualDegreesOfFreedom;
            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                sum += omega[i] * fit.WorkingResiduals[i] * fit.WorkingResiduals[i];
            }

            return new Model(fit, phi, trend, df > 0 ? sum / df : double.NaN);
        }

        return new Model(fit, phi, trend, fit.Dispersion);
    }

    private static double MaxR(double a, double b) => double.IsNaN(a) ? double.NaN : Math.Max(a, b);

    private static LogLinearGlm FitDesign(double[] response, double[] offset, List<int> rows, double[] factors, List<int> levels, int periods, bool trend, double[] weights)
    {
        var p = Columns(periods, trend, levels);
        var m = response.Length;
        var x = new double[m * p];
        for (var i = 0; i < m; i++)
        {
            var t = rows[i];
            FillRow(x.AsSpan(i * p, p), t, (int)factors[t - 1], periods, trend, levels);
        }

        return LogLinearGlm.Fit(x, p, response, offset, weights, double.PositiveInfinity);
    }

    private static int Columns(int periods, bool trend, List<int> levels) =>
        1 + (trend ? 1 : 0) + (periods != 1 ? levels.Count - 1 : 0);

    private static double[] DesignRow(int k, int periods, bool trend, List<int> levels)
    {
        var row = new double[Columns(periods, trend, levels)];
        FillRow(row, k, periods, periods, trend, levels);
        return row;
    }

    private static void FillRow(Span<double> row, int t, int level, int periods, bool trend, List<int> levels)
    {
        row.Clear();
        row[0] = 1.0;
        var c = 1;
        if (trend)
        {
            row[c++] = t;
        }

        if (periods != 1)
        {
            for (var l = 1; l < levels.Count; l++)
            {
                row[c++] = levels[l] == level ? 1.0 : 0.0;
            }
        }
    }
}
