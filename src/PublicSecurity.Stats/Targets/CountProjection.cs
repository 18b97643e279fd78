using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Targets;

/// <summary>
/// A monthly count projected to the end of its year (<see cref="YearEndProjection.Count"/>): the count so far, the
/// projected full-year total, its prediction interval and the probability of meeting the annual target.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CountProjection : IRenderable
{
    internal CountProjection(MonthlySeries series, int year, int monthsObserved, long observedSoFar, double projectedTotal, long lower, long upper, long target, TargetDirection direction, double probability, YearEndFit fit, YearEndOptions options) =>
        (Series, Year, MonthsObserved, ObservedSoFar, ProjectedTotal, Lower, Upper, Target, Direction, ProbabilityOfMeetingTarget, Fit, Options) =
        (series, year, monthsObserved, observedSoFar, projectedTotal, lower, upper, target, direction, probability, fit, options);

    /// <summary>Gets the series projected.</summary>
    public MonthlySeries Series { get; }

    /// <summary>Gets the year projected: the year of the series' last month.</summary>
    public int Year { get; }

    /// <summary>Gets how many months of the year are observed (1 to 11).</summary>
    public int MonthsObserved { get; }

    /// <summary>Gets the count of the months so far.</summary>
    public long ObservedSoFar { get; }

    /// <summary>Gets the projected full-year total: the count so far plus the expected counts of the months left (at least the count so far).</summary>
    public double ProjectedTotal { get; }

    /// <summary>Gets the lower limit of the prediction interval of the full-year total.</summary>
    public long Lower { get; }

    /// <summary>Gets the upper limit of the prediction interval of the full-year total.</summary>
    public long Upper { get; }

    /// <summary>Gets the annual target.</summary>
    public long Target { get; }

    /// <summary>Gets which side of the target meets it.</summary>
    public TargetDirection Direction { get; }

    /// <summary>Gets the probability that the full-year total meets the target (the share of simulated years that do).</summary>
    public double ProbabilityOfMeetingTarget { get; }

    /// <summary>Gets the fitted model.</summary>
    public YearEndFit Fit { get; }

    /// <summary>Gets the options used.</summary>
    public YearEndOptions Options { get; }

    /// <summary>Gets the projection in one sentence, for example "2023: 10 months observed, 180 traffic accidents; projected full year 215.3 (95% prediction interval 198–234); target at most 220, met with probability 72.4%.".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Statement(Language language) => TargetTables.CountStatement(this, language);

    /// <summary>Gets the projection as an English table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => TargetTables.Count(this, language).ToText() + "\n" + TargetTables.CountMonths(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => TargetTables.Count(this, language).ToMarkdown() + "\n" + TargetTables.CountMonths(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        return Cells.Div("ps-year-end", TargetTables.Count(this, language).ToHtml(maxRows), TargetTables.CountMonths(this, language).ToHtml(maxRows));
    }
}
