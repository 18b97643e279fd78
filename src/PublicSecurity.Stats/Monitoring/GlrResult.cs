using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>The GLR/LR CUSUM detector run over the last months of a series: one <see cref="GlrMonth"/> per monitored month.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class GlrResult : IRenderable
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

    /// <summary>Gets the result as an English table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => MonitoringTables.Glr(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => MonitoringTables.Glr(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        return Cells.Div("ps-glr", MonitoringTables.Glr(this, language).ToHtml(maxRows), ToSvg(language));
    }

    /// <summary>Gets the series as a self-contained inline SVG chart: counts, expectation, threshold and alarms.</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <param name="title">A title, or null for one naming the series.</param>
    /// <returns>The SVG: the monitored months and up to 24 months before them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language = Language.English, string? title = null) => MonitoringTables.GlrSvg(this, language, title);
}
