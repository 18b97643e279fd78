using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Estimation;

/// <summary>
/// A province's clearance rates for a window from a <see cref="CaseTally"/>: the overall rate and the rate for very and
/// especially serious crimes side by side, each against its target.
/// </summary>
/// <remarks>
/// On the <see cref="ClearanceBasis.Period"/> basis: cleared in the window ÷ occurred in the window. On the
/// <see cref="ClearanceBasis.Cohort"/> basis: of the window's cases, those cleared by the end of an evaluation period
/// (the window itself or a later period of the tally), with an interval. Immutable.
/// </remarks>
public sealed class ClearanceSummary : IRenderable
{
    private ClearanceSummary(Province province, ClearanceRate overall, ClearanceRate serious)
    {
        (Province, Overall, VeryOrEspeciallySerious) = (province, overall, serious);
    }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the overall rate, against the overall target.</summary>
    public ClearanceRate Overall { get; }

    /// <summary>Gets the rate for very and especially serious crimes ("trọng án"), against its target.</summary>
    public ClearanceRate VeryOrEspeciallySerious { get; }

    /// <summary>Computes period-basis rates (no interval) from a tally.</summary>
    /// <param name="tally">The case tally.</param>
    /// <param name="province">The province.</param>
    /// <param name="window">The window, a period of the tally.</param>
    /// <param name="targets">The targets; <see cref="ClearanceTargets.NationalAssembly"/> when null.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="province"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the province and window (missing is not zero).</exception>
    public static ClearanceSummary PeriodBasis(CaseTally tally, Province province, ReportingPeriod window, ClearanceTargets? targets = null)
    {
        targets ??= ClearanceTargets.NationalAssembly;
        return new ClearanceSummary(
            province,
            ClearanceRate.FromTally(tally, province, window, SeverityGroup.All, targets.Overall),
            ClearanceRate.FromTally(tally, province, window, SeverityGroup.VeryOrEspeciallySerious, targets.VeryOrEspeciallySerious));
    }

    /// <summary>Computes cohort-basis rates (with intervals) from a tally's run-off.</summary>
    /// <param name="tally">The case tally.</param>
    /// <param name="province">The province.</param>
    /// <param name="window">The window whose recorded cases form the cohort.</param>
    /// <param name="evaluation">The period by whose end clearances count: the window or a later period of the tally.</param>
    /// <param name="targets">The targets; <see cref="ClearanceTargets.NationalAssembly"/> when null.</param>
    /// <param name="confidence">The interval's confidence level in (0, 1); 0.95 by default.</param>
    /// <param name="method">The interval method; <see cref="IntervalMethod.Wilson"/> by default.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the cohort, or did not count it at the evaluation period's end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> or <paramref name="method"/> is out of range.</exception>
    public static ClearanceSummary CohortBasis(
        CaseTally tally,
        Province province,
        ReportingPeriod window,
        ReportingPeriod evaluation,
        ClearanceTargets? targets = null,
        double confidence = 0.95,
        IntervalMethod method = IntervalMethod.Wilson)
    {
        targets ??= ClearanceTargets.NationalAssembly;
        return new ClearanceSummary(
            province,
            ClearanceRate.FromTally(tally, province, window, evaluation, SeverityGroup.All, targets.Overall, confidence, method),
            ClearanceRate.FromTally(tally, province, window, evaluation, SeverityGroup.VeryOrEspeciallySerious, targets.VeryOrEspeciallySerious, confidence, method));
    }

    /// <summary>Gets both rates as English lines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets both rates as lines in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Two lines: overall, then very and especially serious crimes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var vi = language == Language.Vietnamese;
        return $"{Province.Name}, {Overall.Window.ToString(language)}\n"
            + $"{(vi ? "Tất cả tội phạm" : "All crimes")}: {Overall.ToString(language)}\n"
            + $"{(vi ? "Rất nghiêm trọng và đặc biệt nghiêm trọng" : "Very and especially serious")}: {VeryOrEspeciallySerious.ToString(language)}";
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div("ps-clearance-summary", Table(language).ToHtml(maxRows));
    }

    private PublicSecurity.Stats.Text.TextTable Table(Language language) => ClearanceTables.Rates(
        [
            (PublicSecurity.Stats.Text.Cells.Lang(language, "All crimes", "Tất cả tội phạm"), Overall),
            (PublicSecurity.Stats.Text.Cells.Lang(language, "Very and especially serious", "Rất nghiêm trọng và đặc biệt nghiêm trọng"), VeryOrEspeciallySerious),
        ],
        language,
        $"{Province.Name}, {Overall.Window.ToString(language)}");
}
