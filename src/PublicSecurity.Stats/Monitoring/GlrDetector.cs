using System.Globalization;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// The negative binomial (or Poisson) GLR CUSUM detector of Höhle and Paul (2008) for a change in the mean of a
/// monthly series: agrees with <c>surveillance::algo.glrnb</c> (surveillance 1.20.3) with <c>change = "intercept"</c>
/// and <c>Mtilde = 1</c>.
/// </summary>
/// <remarks>
/// <para>
/// For each monitored month n the statistic is max over the change point k of the log-likelihood ratio of the counts
/// k…n under a mean exp(κ)μ₀ against μ₀, with κ estimated (GLR: in closed form for the Poisson, by Newton's method for
/// the negative binomial) or fixed (<see cref="GlrOptions.FixedChange"/>: the LR CUSUM). The detector signals when the
/// statistic reaches <see cref="GlrOptions.Threshold"/>, then restarts at the next month.
/// </para>
/// <para>Reference tolerances: <c>ReferenceData/README.md</c>, "monitoring (issue 19)". Pure and thread-safe.</para>
/// </remarks>
public static class GlrDetector
{
    /// <summary>Runs the detector over the last months of a series with a given in-control mean.</summary>
    /// <param name="series">The series.</param>
    /// <param name="monitoredMonths">How many of the last months to monitor, from 1 to the series' length.</param>
    /// <param name="baseline">μ₀ of each monitored month, positive and finite.</param>
    /// <param name="options">The options (<see cref="GlrOptions.Default"/> for surveillance's defaults).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/>, <paramref name="baseline"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monitoredMonths"/> is out of range, or a mean is not positive and finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseline"/> does not have one mean per monitored month.</exception>
    public static GlrResult Compute(MonthlySeries series, int monitoredMonths, IReadOnlyList<double> baseline, GlrOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        CheckMonths(series, monitoredMonths, 1);
        if (baseline.Count != monitoredMonths)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The baseline must hold one mean per monitored month ({monitoredMonths}); it held {baseline.Count}."), nameof(baseline));
        }

        var mu0 = new double[monitoredMonths];
        for (var i = 0; i < mu0.Length; i++)
        {
            mu0[i] = Preconditions.PositiveFinite(baseline[i], nameof(baseline), "baseline mean");
        }

        return Run(series, monitoredMonths, mu0, null, options);
    }

    /// <summary>Runs the detector over the last months of a series, estimating the in-control mean from the months before them.</summary>
    /// <param name="series">The series.</param>
    /// <param name="monitoredMonths">How many of the last months to monitor; at least as many months must come before them as the model has parameters.</param>
    /// <param name="baseline">The model of the in-control mean.</param>
    /// <param name="options">The options (<see cref="GlrOptions.Default"/> for surveillance's defaults).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/>, <paramref name="baseline"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monitoredMonths"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">The baseline model cannot be fitted (for example an all-zero history).</exception>
    public static GlrResult Compute(MonthlySeries series, int monitoredMonths, GlrBaseline baseline, GlrOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        CheckMonths(series, monitoredMonths, 1 + (baseline.Trend ? 1 : 0) + 2 * baseline.Harmonics);
        var first = series.Length - monitoredMonths;
        var mu0 = Estimate(series, baseline, options.Alpha, first, first);
        return Run(series, monitoredMonths, mu0, baseline, options);
    }

    private static void CheckMonths(MonthlySeries series, int monitoredMonths, int history)
    {
        if (monitoredMonths < 1 || monitoredMonths > series.Length - (history > 1 ? history : 0))
        {
            throw new ArgumentOutOfRangeException(nameof(monitoredMonths), string.Create(CultureInfo.InvariantCulture,
                $"The monitored months must be from 1 to {series.Length - (history > 1 ? history : 0)} (the series has {series.Length} months); it was {monitoredMonths}."));
        }
    }

    private static GlrResult Run(MonthlySeries series, int monitoredMonths, double[] mu0Full, GlrBaseline? model, GlrOptions o)
    {
        var first = series.Length - monitoredMonths;
        var count = monitoredMonths;
        var upper = new double[count];
        var alarm = new bool[count];
        var done = 0;
        var lastN = 0;
        double[] lastValues = [];
        while (done < count)
        {
            var length = count - done;
            var x = new int[length];
            var mu0 = new double[length];
            for (var i = 0; i < length; i++)
            {
                x[i] = (int)Math.Min(series.Counts[first + done + i], int.MaxValue);
                mu0[i] = mu0Full[done + i];
            }

            var val = new double[length];
            var cases = new double[length];
            var n = GlrEngine.Run(x, mu0, o, val, cases);
            lastValues = o.ReturnCases ? cases : val;
            lastN = n;
            if (n <= length)
            {
                Array.Copy(lastValues, 0, upper, done, n);
                alarm[done + n - 1] = true;
                if (model is { Refit: true } && done + n < count)
                {
                    var refitted = Estimate(series, model, o.Alpha, first + done + n, first + done + n);
                    Array.Copy(refitted, 0, mu0Full, done + n, count - done - n);
                }
            }

            done += n;
        }

        // R: the last run's values fill the months from its start to the end.
        var start = done - lastN;
        Array.Copy(lastValues, 0, upper, start, count - start);
        var months = new GlrMonth[count];
        for (var i = 0; i < count; i++)
        {
            var u = upper[i];
            if (double.IsNaN(u) || u < 0)
            {
                u = 0;
            }

            months[i] = new GlrMonth(series.Months[first + i], series.Counts[first + i], mu0Full[i], u, alarm[i]);
        }

        return new GlrResult(series, o, months);
    }

    // The GLM of estimateGLRNbHook on months 1..trainEnd (1-based: the first trainEnd months), predicted for the months
    // from predictFrom (0-based) to the end of the series.
    private static double[] Estimate(MonthlySeries series, GlrBaseline model, double alpha, int trainEnd, int predictFrom)
    {
        var p = 1 + (model.Trend ? 1 : 0) + 2 * model.Harmonics;
        var x = new double[trainEnd * p];
        var y = new double[trainEnd];
        for (var i = 0; i < trainEnd; i++)
        {
            Row(x.AsSpan(i * p, p), i + 1, model);
            y[i] = series.Counts[i];
        }

        var fit = LogLinearGlm.Fit(x, p, y, [], [], alpha == 0.0 ? double.PositiveInfinity : 1.0 / alpha);
        if (!fit.IsValid)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The baseline model cannot be fitted to the first {trainEnd} months of {series}."));
        }

        var result = new double[series.Length - predictFrom];
        var row = new double[p];
        for (var i = 0; i < result.Length; i++)
        {
            Row(row, predictFrom + i + 1, model);
            result[i] = Math.Max(Math.Exp(fit.Predict(row, 0.0, out _)), 2.220446049250313e-16);
        }

        return result;
    }

    private static void Row(Span<double> row, int t, GlrBaseline model)
    {
        row[0] = 1.0;
        var c = 1;
        if (model.Trend)
        {
            row[c++] = t;
        }

        for (var s = 1; s <= model.Harmonics; s++)
        {
            row[c++] = Math.Cos(2.0 * s * Math.PI / 12.0 * t);
            row[c++] = Math.Sin(2.0 * s * Math.PI / 12.0 * t);
        }
    }
}
