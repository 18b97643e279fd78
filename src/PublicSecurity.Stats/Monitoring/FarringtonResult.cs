namespace PublicSecurity.Stats.Monitoring;

/// <summary>The improved Farrington method applied to the last months of a series: one <see cref="FarringtonMonth"/> per monitored month.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class FarringtonResult
{
    private readonly FarringtonMonth[] months;

    internal FarringtonResult(MonthlySeries series, FarringtonOptions options, FarringtonMonth[] months) =>
        (Series, Options, this.months) = (series, options, months);

    /// <summary>Gets the series monitored.</summary>
    public MonthlySeries Series { get; }

    /// <summary>Gets the options used.</summary>
    public FarringtonOptions Options { get; }

    /// <summary>Gets the monitored months, in order.</summary>
    public IReadOnlyList<FarringtonMonth> Months => months;

    /// <summary>Gets how many monitored months raised an alarm.</summary>
    public int AlarmCount => months.Count(m => m.Alarm);
}
