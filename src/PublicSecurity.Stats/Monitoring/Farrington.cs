using System.Globalization;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// The improved Farrington method (Noufaily et al. 2013): is this month's count unusually high, given the same months
/// of earlier years? Agrees with <c>surveillance::farringtonFlexible</c> (R package surveillance 1.20.3).
/// </summary>
/// <remarks>
/// <para>
/// For each monitored month, a quasi-Poisson GLM (log link, IRLS as R's <c>glm</c>) is fitted to the months within
/// <see cref="FarringtonOptions.HalfWindow"/> of the same month in each of the last <see cref="FarringtonOptions.YearsBack"/>
/// years (and, with <see cref="FarringtonOptions.SeasonalPeriods"/> &gt; 1, to all months between them, with a seasonal
/// factor), with an optional linear trend, refitted after down-weighting months with large Anscombe residuals (past
/// outbreaks). The trend is kept only when significant at <see cref="FarringtonOptions.TrendPValueThreshold"/>, with at
/// least 3 years back, and when the prediction does not exceed every count of the fit. The threshold is the upper
/// (1 − α) limit on the 2/3-power scale by the delta method (or a negative binomial quantile); the month alarms when its
/// count exceeds it and at least <see cref="FarringtonOptions.MinimumCases"/> cases were counted in the last
/// <see cref="FarringtonOptions.MinimumCasesMonths"/> months.
/// </para>
/// <para>Reference tolerances: <c>ReferenceData/README.md</c>, "monitoring (issue 19)". Pure and thread-safe.</para>
/// </remarks>
public static class Farrington
{
    /// <summary>Monitors the last <paramref name="monitoredMonths"/> months of a series.</summary>
    /// <param name="series">The series; all earlier months are the history.</param>
    /// <param name="monitoredMonths">How many of the last months to monitor, positive; the first of them needs b years and w months of history before it.</param>
    /// <param name="options">The options; <see cref="FarringtonOptions.Default"/> when null.</param>
    /// <param name="yearlyPopulation">With <see cref="MonitoringOffset.Population"/>: the population of each year of the series (by the year a month is named after); otherwise ignored.</param>
    /// <returns>The result, one row per monitored month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null, or the population is null while the offset is the population.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monitoredMonths"/> is not positive or leaves too little history.</exception>
    /// <exception cref="ArgumentException">A year of the series has no positive population while the offset is the population.</exception>
    public static FarringtonResult Compute(MonthlySeries series, int monitoredMonths, FarringtonOptions? options = null, IReadOnlyDictionary<int, long>? yearlyPopulation = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= FarringtonOptions.Default;
        var n = series.Length;
        var first = n - monitoredMonths;
        if (monitoredMonths < 1 || first < options.FirstMonitorable)
        {
            throw new ArgumentOutOfRangeException(nameof(monitoredMonths), string.Create(CultureInfo.InvariantCulture,
                $"The monitored months must be from 1 to {n - options.FirstMonitorable} (the series has {n} months; the first monitored month needs {options.FirstMonitorable} months before it for b = {options.YearsBack}, w = {options.HalfWindow}); it was {monitoredMonths}."));
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = series.Counts[i];
        }

        var exposure = Exposure(series, options.Offset, yearlyPopulation);
        var values = new FarringtonValues[monitoredMonths];
        FarringtonEngine.Run(y, exposure, options, first + 1, n, values);
        var months = new FarringtonMonth[monitoredMonths];
        for (var j = 0; j < monitoredMonths; j++)
        {
            months[j] = new FarringtonMonth(series.Months[first + j], series.Counts[first + j], values[j]);
        }

        return new FarringtonResult(series, options, months);
    }

    private static double[] Exposure(MonthlySeries series, MonitoringOffset offset, IReadOnlyDictionary<int, long>? yearlyPopulation)
    {
        switch (offset)
        {
            case MonitoringOffset.None:
                return [];
            case MonitoringOffset.Days:
            {
                var days = new double[series.Length];
                for (var i = 0; i < days.Length; i++)
                {
                    days[i] = series.Months[i].Days;
                }

                return days;
            }

            default:
            {
                ArgumentNullException.ThrowIfNull(yearlyPopulation);
                var population = new double[series.Length];
                for (var i = 0; i < population.Length; i++)
                {
                    var year = series.Months[i].Year ?? 0;
                    if (!yearlyPopulation.TryGetValue(year, out var value) || value <= 0)
                    {
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                            $"The yearly population must give a positive population for every year of the series; it had {(yearlyPopulation.ContainsKey(year) ? yearlyPopulation[year].ToString(CultureInfo.InvariantCulture) : "none")} for {year}."), nameof(yearlyPopulation));
                    }

                    population[i] = value;
                }

                return population;
            }
        }
    }
}
