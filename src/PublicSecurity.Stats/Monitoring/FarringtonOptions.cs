using System.Globalization;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>The control options of the improved Farrington method, named as <c>surveillance::farringtonFlexible</c> names them.</summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is surveillance's default control (b = 5, w = 3, one seasonal period, reweighting at 2.58,
/// trend tested at 0.05, α = 0.05, the 2/3 power, the delta threshold, at least 5 cases in the last 4 months), with
/// one deliberate change: the offset is the number of days in each month (<see cref="MonitoringOffset.Days"/>),
/// because reporting months are 28 to 31 days long. Use <see cref="MonitoringOffset.None"/> for R's default.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FarringtonOptions
{
    private FarringtonOptions(int yearsBack, int halfWindow, int seasonalPeriods, int? excludedRecentMonths, bool reweight, double reweightThreshold, bool trend, double trendPValueThreshold, FarringtonThreshold threshold, double alpha, PowerTransform transform, int minimumCases, int minimumCasesMonths, MonitoringOffset offset)
    {
        (YearsBack, HalfWindow, SeasonalPeriods, ExcludedRecentMonths, Reweight, ReweightThreshold, Trend) =
            (yearsBack, halfWindow, seasonalPeriods, excludedRecentMonths, reweight, reweightThreshold, trend);
        (TrendPValueThreshold, Threshold, Alpha, Transform, MinimumCases, MinimumCasesMonths, Offset) =
            (trendPValueThreshold, threshold, alpha, transform, minimumCases, minimumCasesMonths, offset);
    }

    /// <summary>Gets surveillance's default control, with the day-count offset.</summary>
    public static FarringtonOptions Default { get; } = Create();

    /// <summary>Gets b: how many earlier years give reference months.</summary>
    public int YearsBack { get; }

    /// <summary>Gets w: the half-width of the window around each reference month.</summary>
    public int HalfWindow { get; }

    /// <summary>Gets noPeriods: the number of levels of the seasonal factor (1 = no factor, the original method).</summary>
    public int SeasonalPeriods { get; }

    /// <summary>Gets pastWeeksNotIncluded: how many months before the current one are left out of the fit; null means <see cref="HalfWindow"/>.</summary>
    public int? ExcludedRecentMonths { get; }

    /// <summary>Gets whether past outbreaks are down-weighted by their Anscombe residuals (reweight).</summary>
    public bool Reweight { get; }

    /// <summary>Gets the Anscombe residual above which a month is down-weighted (weightsThreshold).</summary>
    public double ReweightThreshold { get; }

    /// <summary>Gets whether a time trend is fitted (and kept when significant, b ≥ 3 and not extrapolating).</summary>
    public bool Trend { get; }

    /// <summary>Gets the p-value below which the trend is significant (pThresholdTrend).</summary>
    public double TrendPValueThreshold { get; }

    /// <summary>Gets how the threshold is computed (thresholdMethod).</summary>
    public FarringtonThreshold Threshold { get; }

    /// <summary>Gets α: the threshold is an upper (1 − α) bound.</summary>
    public double Alpha { get; }

    /// <summary>Gets the power transform of the delta-method threshold (powertrans).</summary>
    public PowerTransform Transform { get; }

    /// <summary>Gets the first part of limit54: no alarm unless at least this many cases were counted in the last <see cref="MinimumCasesMonths"/> months.</summary>
    public int MinimumCases { get; }

    /// <summary>Gets the second part of limit54: the months over which <see cref="MinimumCases"/> is counted.</summary>
    public int MinimumCasesMonths { get; }

    /// <summary>Gets the offset of the GLM.</summary>
    public MonitoringOffset Offset { get; }

    /// <summary>Creates options; every argument defaults to <see cref="Default"/>'s value.</summary>
    /// <param name="yearsBack">b, from 1 to 20.</param>
    /// <param name="halfWindow">w, from 0 to 5.</param>
    /// <param name="seasonalPeriods">noPeriods, from 1 to 12.</param>
    /// <param name="excludedRecentMonths">pastWeeksNotIncluded, from 0 to 11, or null for <paramref name="halfWindow"/>.</param>
    /// <param name="reweight">Whether to down-weight past outbreaks.</param>
    /// <param name="reweightThreshold">weightsThreshold, positive and finite.</param>
    /// <param name="trend">Whether to fit a trend.</param>
    /// <param name="trendPValueThreshold">pThresholdTrend, strictly between 0 and 1.</param>
    /// <param name="threshold">The threshold method.</param>
    /// <param name="alpha">α, strictly between 0 and 1.</param>
    /// <param name="transform">The power transform.</param>
    /// <param name="minimumCases">limit54 cases, not negative.</param>
    /// <param name="minimumCasesMonths">limit54 months, from 1 to 12.</param>
    /// <param name="offset">The offset.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, NaN, or an undefined enum value.</exception>
    public static FarringtonOptions Create(
        int yearsBack = 5,
        int halfWindow = 3,
        int seasonalPeriods = 1,
        int? excludedRecentMonths = null,
        bool reweight = true,
        double reweightThreshold = 2.58,
        bool trend = true,
        double trendPValueThreshold = 0.05,
        FarringtonThreshold threshold = FarringtonThreshold.Delta,
        double alpha = 0.05,
        PowerTransform transform = PowerTransform.TwoThirds,
        int minimumCases = 5,
        int minimumCasesMonths = 4,
        MonitoringOffset offset = MonitoringOffset.Days)
    {
        InRange(yearsBack, 1, 20, nameof(yearsBack), "years back (b)");
        InRange(halfWindow, 0, 5, nameof(halfWindow), "half window (w)");
        InRange(seasonalPeriods, 1, 12, nameof(seasonalPeriods), "number of seasonal periods");
        if (excludedRecentMonths is int excluded)
        {
            InRange(excluded, 0, 11, nameof(excludedRecentMonths), "number of excluded recent months");
        }

        Preconditions.PositiveFinite(reweightThreshold, nameof(reweightThreshold), "reweighting threshold");
        Probability(trendPValueThreshold, nameof(trendPValueThreshold), "trend p-value threshold");
        Probability(alpha, nameof(alpha), "alpha");
        InRange(minimumCases, 0, int.MaxValue, nameof(minimumCases), "minimum number of cases");
        InRange(minimumCasesMonths, 1, 12, nameof(minimumCasesMonths), "number of months of the minimum");
        return new FarringtonOptions(
            yearsBack, halfWindow, seasonalPeriods, excludedRecentMonths, reweight, reweightThreshold, trend, trendPValueThreshold,
            Preconditions.Defined(threshold, nameof(threshold)), alpha, Preconditions.Defined(transform, nameof(transform)),
            minimumCases, minimumCasesMonths, Preconditions.Defined(offset, nameof(offset)));
    }

    /// <summary>Gets the earliest month (0-based index into a series) the method can monitor: b years and w months of history, plus the excluded months.</summary>
    internal int FirstMonitorable => 12 * YearsBack + HalfWindow + Math.Max(0, (ExcludedRecentMonths ?? HalfWindow) - HalfWindow);

    internal static void InRange(int value, int min, int max, string name, string what)
    {
        if (value < min || value > max)
        {
            var rule = max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"at least {min}")
                : string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}");
            throw new ArgumentOutOfRangeException(name, string.Create(CultureInfo.InvariantCulture, $"The {what} must be {rule}; it was {value}."));
        }
    }

    internal static void Probability(double value, string name, string what)
    {
        if (!(value > 0.0 && value < 1.0))
        {
            throw new ArgumentOutOfRangeException(name, string.Create(CultureInfo.InvariantCulture, $"The {what} must be strictly between 0 and 1; it was {value:R}."));
        }
    }
}
