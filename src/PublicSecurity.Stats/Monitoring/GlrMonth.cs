namespace PublicSecurity.Stats.Monitoring;

/// <summary>One monitored month of a <see cref="GlrResult"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class GlrMonth
{
    internal GlrMonth(ReportingPeriod period, long observed, double baseline, double upperBound, bool alarm) =>
        (Period, Observed, Baseline, UpperBound, Alarm) = (period, observed, baseline, upperBound, alarm);

    /// <summary>Gets the month.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the count observed.</summary>
    public long Observed { get; }

    /// <summary>Gets the in-control mean μ₀ of the month (given, or estimated).</summary>
    public double Baseline { get; }

    /// <summary>Gets R's <c>upperbound</c>: the statistic (compare with <see cref="GlrOptions.Threshold"/>), or with <see cref="GlrOptions.ReturnCases"/> the count that would have raised an alarm; never negative (R sets negative and NA values to 0).</summary>
    public double UpperBound { get; }

    /// <summary>Gets whether the detector signalled in this month (it then restarts).</summary>
    public bool Alarm { get; }
}
