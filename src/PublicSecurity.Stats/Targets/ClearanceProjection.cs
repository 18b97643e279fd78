using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Targets;

/// <summary>
/// A clearance rate projected to the end of the year (<see cref="YearEndProjection.Clearance"/>): the rate so far,
/// the projected full-year rate, its prediction interval and the probability that it is above the target.
/// </summary>
/// <remarks>Rates are fractions (0.75 is 75%). Immutable and thread-safe.</remarks>
public sealed class ClearanceProjection : IRenderable
{
    internal ClearanceProjection(int monthsObserved, long clearedSoFar, long casesSoFar, long remainingCases, double projectedRate, double lower, double upper, double target, double probability, double overdispersion, bool isOverdispersionEstimated, YearEndOptions options) =>
        (MonthsObserved, ClearedSoFar, CasesSoFar, RemainingCases, ProjectedRate, Lower, Upper, Target, ProbabilityOfMeetingTarget, Overdispersion, IsOverdispersionEstimated, Options) =
        (monthsObserved, clearedSoFar, casesSoFar, remainingCases, projectedRate, lower, upper, target, probability, overdispersion, isOverdispersionEstimated, options);

    /// <summary>Gets how many months of the year are observed (1 to 11).</summary>
    public int MonthsObserved { get; }

    /// <summary>Gets the cases cleared so far.</summary>
    public long ClearedSoFar { get; }

    /// <summary>Gets the cases so far.</summary>
    public long CasesSoFar { get; }

    /// <summary>Gets the cases expected in the months left (given by the caller).</summary>
    public long RemainingCases { get; }

    /// <summary>Gets the rate so far, cleared over cases.</summary>
    public double RateSoFar => (double)ClearedSoFar / CasesSoFar;

    /// <summary>Gets the projected full-year rate: the cases cleared so far plus the remaining cases at the rate so far, over the year's cases.</summary>
    public double ProjectedRate { get; }

    /// <summary>Gets the lower limit of the prediction interval of the full-year rate.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper limit of the prediction interval of the full-year rate.</summary>
    public double Upper { get; }

    /// <summary>Gets the target rate; it is met when the year's rate is strictly above it.</summary>
    public double Target { get; }

    /// <summary>Gets the probability that the full-year rate is above the target (the share of simulated years where it is).</summary>
    public double ProbabilityOfMeetingTarget { get; }

    /// <summary>Gets ρ, the intra-class correlation of the beta-binomial (0: the months vary as the binomial alone).</summary>
    public double Overdispersion { get; }

    /// <summary>Gets whether ρ was estimated from the months (false when they cannot tell it, as with one month: ρ is then 0).</summary>
    public bool IsOverdispersionEstimated { get; }

    /// <summary>Gets the options used.</summary>
    public YearEndOptions Options { get; }

    /// <summary>Gets the projection in one sentence.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Statement(Language language) => TargetTables.ClearanceStatement(this, language);

    /// <summary>Gets the projection as an English table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => TargetTables.Clearance(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => TargetTables.Clearance(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        return Cells.Div("ps-year-end-clearance", TargetTables.Clearance(this, language).ToHtml(maxRows));
    }
}
