namespace PublicSecurity.Stats.Monitoring;

/// <summary>One monitored month of a <see cref="FarringtonResult"/>: the count, what was expected, the threshold and the alarm.</summary>
/// <remarks>
/// The values are those of <c>surveillance::farringtonFlexible</c>: <see cref="Expected"/> is <c>control$expected</c>,
/// <see cref="UpperBound"/> <c>upperbound</c>, <see cref="Alarm"/> <c>alarms</c>, and so on. A value R reports as NA is
/// null here: no threshold when fewer than <see cref="FarringtonOptions.MinimumCases"/> cases were counted in the last
/// <see cref="FarringtonOptions.MinimumCasesMonths"/> months, nothing at all when the GLM could not be fitted
/// (<see cref="IsFitted"/> false). Immutable.
/// </remarks>
public sealed class FarringtonMonth
{
    internal FarringtonMonth(ReportingPeriod period, long observed, in FarringtonValues v)
    {
        (Period, Observed, IsFitted, Alarm, TrendUsed) = (period, observed, v.Fitted, v.Alarm, v.TrendUsed);
        (Expected, UpperBound, TrendCoefficient, Dispersion) = (Value(v.Expected), Value(v.UpperBound), Value(v.TrendCoefficient), Value(v.Dispersion));
        (Score, PValue, Mu0) = (Value(v.Score), Value(v.PValue), Value(v.Mu0));
    }

    /// <summary>Gets the month.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the count observed in the month.</summary>
    public long Observed { get; }

    /// <summary>Gets whether the GLM could be fitted for this month (R gives no result when it converges neither with nor without trend).</summary>
    public bool IsFitted { get; }

    /// <summary>Gets the expected count (the fitted mean); null when there is no threshold.</summary>
    public double? Expected { get; }

    /// <summary>Gets the upper threshold; null when too few recent cases (limit54) or no fit.</summary>
    public double? UpperBound { get; }

    /// <summary>Gets whether the month raised an alarm: a threshold exists, the count is above it (score &gt; 1) and not zero.</summary>
    public bool Alarm { get; }

    /// <summary>Gets whether the time trend was kept (significant, at least 3 years back, and not extrapolating beyond the counts).</summary>
    public bool TrendUsed { get; }

    /// <summary>Gets the trend coefficient (per month, log scale) when the trend was kept.</summary>
    public double? TrendCoefficient { get; }

    /// <summary>Gets the dispersion φ, at least 1.</summary>
    public double? Dispersion { get; }

    /// <summary>Gets the score: (observed − expected) / (threshold − expected); above 1 is above the threshold.</summary>
    public double? Score { get; }

    /// <summary>Gets the upper-tail probability of the count under the fitted model (R's <c>pvalue</c>).</summary>
    public double? PValue { get; }

    /// <summary>Gets R's <c>mu0Vector</c>: the mean plugged into the threshold (for the delta method, exp of the mean's upper bound, as surveillance reports it).</summary>
    public double? Mu0 { get; }

    private static double? Value(double x) => double.IsNaN(x) ? null : x;
}
