namespace PublicSecurity.Stats.Monitoring;

/// <summary>The GLR/LR CUSUM detector run over the last months of a series: one <see cref="GlrMonth"/> per monitored month.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class GlrResult
{
    private readonly GlrMonth[] months;

    internal GlrResult(MonthlySeries series, GlrOptions options, GlrMonth[] months) => (Series, Options, this.months) = (series, options, months);

    /// <summary>Gets the series monitored.</summary>
    public MonthlySeries Series { get; }

    /// <summary>Gets the options used.</summary>
    public GlrOptions Options { get; }

    /// <summary>Gets the monitored months, in order.</summary>
    public IReadOnlyList<GlrMonth> Months => months;

    /// <summary>Gets how many monitored months raised an alarm.</summary>
    public int AlarmCount => months.Count(m => m.Alarm);
}
