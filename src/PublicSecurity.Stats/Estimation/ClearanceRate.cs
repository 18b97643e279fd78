using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Text;

using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Estimation;

/// <summary>A clearance rate (tỷ lệ điều tra làm rõ / khám phá) on a declared basis, with its target and, for a cohort, its interval.</summary>
/// <remarks>
/// <para>
/// <see cref="ClearanceBasis.Period"/>: cleared in the window ÷ occurred in the window, as Bộ Công an publishes it
/// (5/2023: 3,178 / 3,954 = 80.37%). Cleared cases are not a subset of the occurred ones, so there is no binomial
/// interval, and a rate above 100% is flagged (<see cref="ExceedsOneHundredPercent"/>), never clamped.
/// </para>
/// <para>
/// <see cref="ClearanceBasis.Cohort"/>: of the cases recorded in the window, those cleared by the evaluation date; it
/// enforces cleared ≤ occurred, carries an interval (Wilson 95% by default; method and level configurable) and is
/// flagged immature (<see cref="IsImmature"/>) when evaluated before the window's end, since recent cases have had less
/// time to be cleared.
/// </para>
/// <para>
/// A target (the National Assembly's > 75% overall and > 90% for very and especially serious crimes) is met when the
/// rate is strictly above it. Rates, targets and distances are fractions; renderers print % and percentage points.
/// With no occurred case the rate is undefined: <see cref="IsDefined"/> is false and <see cref="Rate"/> throws.
/// Immutable and thread-safe.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class ClearanceRate : IRenderable
{
    private ClearanceRate(
        ClearanceBasis basis, long cleared, long occurred, ReportingPeriod window, DateOnly? evaluatedAt, double? target, Interval? interval, IntervalMethod? method, double? confidence)
    {
        (Basis, Cleared, Occurred, Window, EvaluatedAt, Target, Interval, Method, Confidence) = (basis, cleared, occurred, window, evaluatedAt, target, interval, method, confidence);
    }

    /// <summary>Gets the basis of the rate.</summary>
    public ClearanceBasis Basis { get; }

    /// <summary>Gets the number of cases cleared (by arrest or exceptionally).</summary>
    public long Cleared { get; }

    /// <summary>Gets the number of cases occurred (recorded in the window, less unfounded ones).</summary>
    public long Occurred { get; }

    /// <summary>Gets the window the rate describes.</summary>
    public ReportingPeriod Window { get; }

    /// <summary>Gets the evaluation date of a cohort rate (outcomes as at this date), or <see langword="null"/> for a period rate.</summary>
    public DateOnly? EvaluatedAt { get; }

    /// <summary>Gets whether the rate is defined (at least one case occurred).</summary>
    public bool IsDefined => Occurred > 0;

    /// <summary>Gets the rate, cleared ÷ occurred, as a fraction (0.8037 for 80.37%).</summary>
    /// <exception cref="InvalidOperationException">No case occurred, so the rate is undefined.</exception>
    public double Rate => IsDefined
        ? (double)Cleared / Occurred
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The clearance rate is undefined: no case occurred in {Window} (cleared {Cleared})."));

    /// <summary>Gets the interval of a defined cohort rate, or <see langword="null"/> (a period rate never has one).</summary>
    public Interval? Interval { get; }

    /// <summary>Gets the interval method of a cohort rate, or <see langword="null"/>.</summary>
    public IntervalMethod? Method { get; }

    /// <summary>Gets the confidence level of a cohort rate's interval, or <see langword="null"/>.</summary>
    public double? Confidence { get; }

    /// <summary>Gets whether a period rate exceeds 100% (clearances of earlier cases outnumber the window's cases); never clamped.</summary>
    public bool ExceedsOneHundredPercent => Basis == ClearanceBasis.Period && Cleared > Occurred;

    /// <summary>Gets whether a cohort rate was evaluated before the window's end, so its recent cases are not yet mature.</summary>
    public bool IsImmature => EvaluatedAt is DateOnly at && at < Window.End;

    /// <summary>Gets the target the rate is compared with (a fraction), or <see langword="null"/> when none was given.</summary>
    public double? Target { get; }

    /// <summary>Gets whether the rate is strictly above the target; <see langword="null"/> with no target or an undefined rate.</summary>
    public bool? MeetsTarget => Target is double t && IsDefined ? Rate > t : null;

    /// <summary>Gets rate − target as a fraction (0.1244 is 12.44 percentage points); <see langword="null"/> with no target or an undefined rate.</summary>
    public double? DistanceToTarget => Target is double t && IsDefined ? Rate - t : null;

    /// <summary>Creates a period-basis rate: cleared in the window ÷ occurred in the window (no interval; may exceed 100%).</summary>
    /// <param name="cleared">Cases cleared in the window, whenever they occurred (≥ 0).</param>
    /// <param name="occurred">Cases occurred in the window (≥ 0).</param>
    /// <param name="window">The window.</param>
    /// <param name="target">An optional target as a fraction in [0, 1], for example 0.75.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the target is NaN or outside [0, 1].</exception>
    public static ClearanceRate Period(long cleared, long occurred, ReportingPeriod window, double? target = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        Preconditions.NotNegative(cleared, nameof(cleared), "number of cleared cases");
        Preconditions.NotNegative(occurred, nameof(occurred), "number of occurred cases");
        CheckTarget(target);
        return new ClearanceRate(ClearanceBasis.Period, cleared, occurred, window, null, target, null, null, null);
    }

    /// <summary>Creates a cohort-basis rate: of the cases recorded in the window, those cleared by <paramref name="evaluatedAt"/>.</summary>
    /// <param name="cleared">Cases of the cohort cleared by the evaluation date (0 ≤ cleared ≤ occurred).</param>
    /// <param name="occurred">Cases of the cohort (recorded in the window, less unfounded ones).</param>
    /// <param name="window">The window whose recorded cases form the cohort.</param>
    /// <param name="evaluatedAt">The date outcomes are counted at; not before the window's start.</param>
    /// <param name="target">An optional target as a fraction in [0, 1].</param>
    /// <param name="confidence">The interval's confidence level in (0, 1); 0.95 by default.</param>
    /// <param name="method">The interval method; <see cref="IntervalMethod.Wilson"/> by default.</param>
    /// <returns>The rate, with an interval when at least one case occurred.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, cleared exceeds occurred, the evaluation date is before the window's start, the target is
    /// NaN or outside [0, 1], the confidence is outside (0, 1), or the method is undefined.
    /// </exception>
    public static ClearanceRate Cohort(
        long cleared,
        long occurred,
        ReportingPeriod window,
        DateOnly evaluatedAt,
        double? target = null,
        double confidence = 0.95,
        IntervalMethod method = IntervalMethod.Wilson)
    {
        ArgumentNullException.ThrowIfNull(window);
        Preconditions.NotNegative(cleared, nameof(cleared), "number of cleared cases");
        Preconditions.NotNegative(occurred, nameof(occurred), "number of occurred cases");
        Preconditions.NotAbove(cleared, occurred, nameof(cleared), "number of cleared cases of a cohort", "number of occurred cases");
        if (evaluatedAt < window.Start)
        {
            throw new ArgumentOutOfRangeException(
                nameof(evaluatedAt),
                $"The evaluation date must not be before the window's start ({NumberText.Date(window.Start)}); it was {NumberText.Date(evaluatedAt)}.");
        }

        CheckTarget(target);
        Preconditions.Confidence(confidence, nameof(confidence));
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), $"The interval method must be a defined IntervalMethod; it was {(int)method}.");
        }

        var interval = occurred > 0 ? ProportionInterval.Compute(cleared, occurred, confidence, method) : (Interval?)null;
        return new ClearanceRate(ClearanceBasis.Cohort, cleared, occurred, window, evaluatedAt, target, interval, method, confidence);
    }

    /// <summary>Computes a period-basis rate from a tally: cleared in the window ÷ occurred in the window.</summary>
    /// <param name="tally">The case tally.</param>
    /// <param name="province">The province.</param>
    /// <param name="window">The window, a period of the tally.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="target">An optional target as a fraction in [0, 1].</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/>, <paramref name="province"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the province and window (missing is not zero).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined or the target is outside [0, 1].</exception>
    public static ClearanceRate FromTally(Aggregation.CaseTally tally, Province province, ReportingPeriod window, Crime.SeverityGroup severity, double? target)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Period(tally.ClearedInPeriod(province, window, severity), tally.Occurred(province, window, severity), window, target);
    }

    /// <summary>Computes a cohort-basis rate from a tally's run-off: of the window's cases, those cleared by the end of <paramref name="evaluation"/>.</summary>
    /// <param name="tally">The case tally.</param>
    /// <param name="province">The province.</param>
    /// <param name="window">The window whose recorded cases form the cohort.</param>
    /// <param name="evaluation">The window or a later period of the tally; its end is the evaluation date.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="target">An optional target as a fraction in [0, 1].</param>
    /// <param name="confidence">The interval's confidence level in (0, 1).</param>
    /// <param name="method">The interval method.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the cohort, or did not count it at the evaluation period's end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined, or the target or confidence is out of range.</exception>
    public static ClearanceRate FromTally(
        Aggregation.CaseTally tally,
        Province province,
        ReportingPeriod window,
        ReportingPeriod evaluation,
        Crime.SeverityGroup severity,
        double? target,
        double confidence,
        IntervalMethod method)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(evaluation);
        return Cohort(
            tally.ClearedByEndOf(province, window, evaluation, severity),
            tally.Occurred(province, window, severity),
            window,
            evaluation.End,
            target,
            confidence,
            method);
    }

    /// <summary>Gets the rate as an English sentence.</summary>
    /// <returns>For example "Clearance rate (period basis): 90.12% (820 of 910 cases), above the 75.00% target by +15.12 percentage points".</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the rate as a sentence in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        if (language is not (Language.English or Language.Vietnamese))
        {
            throw new ArgumentOutOfRangeException(nameof(language), $"The language must be English or Vietnamese; it was {(int)language}.");
        }

        var vi = language == Language.Vietnamese;
        var sb = new StringBuilder();
        sb.Append(vi ? "Tỷ lệ điều tra làm rõ" : "Clearance rate")
          .Append(Basis == ClearanceBasis.Period
              ? (vi ? " (theo kỳ)" : " (period basis)")
              : (vi ? $" (theo nhóm án, tính đến {NumberText.Date(EvaluatedAt!.Value)})" : $" (cohort basis, as at {NumberText.Date(EvaluatedAt!.Value)})"))
          .Append(": ");
        if (!IsDefined)
        {
            sb.Append(vi ? "không xác định (không có vụ nào xảy ra)" : "undefined (no case occurred)");
            return sb.ToString();
        }

        sb.Append(NumberText.Percent(Rate, 2, language))
          .Append(" (").Append(NumberText.Integer(Cleared, language))
          .Append(vi ? "/" : " of ").Append(NumberText.Integer(Occurred, language)).Append(vi ? " vụ)" : " cases)");
        if (Interval is Interval i)
        {
            var level = NumberText.Decimal(Confidence!.Value * 100, Confidence.Value * 100 % 1 == 0 ? 0 : 1, language) + "%";
            sb.Append(vi ? $", KTC {level} " : $", {level} CI ")
              .Append(NumberText.Percent(i.Lower, 2, language)).Append('–').Append(NumberText.Percent(i.Upper, 2, language));
        }

        if (ExceedsOneHundredPercent)
        {
            sb.Append(vi ? " — trên 100%: số vụ làm rõ gồm cả án của các kỳ trước" : " — above 100%: clearances include cases of earlier periods");
        }

        if (IsImmature)
        {
            sb.Append(vi ? " — chưa đủ thời gian theo dõi (đánh giá trước khi kỳ kết thúc)" : " — immature (evaluated before the window ended)");
        }

        if (Target is double t)
        {
            var met = MeetsTarget!.Value;
            sb.Append(vi
                    ? (met ? ", vượt chỉ tiêu " : ", chưa đạt chỉ tiêu ")
                    : (met ? ", above the " : ", not above the "))
              .Append(NumberText.Percent(t, 2, language))
              .Append(vi ? " (" : " target (")
              .Append(NumberText.PercentagePoints(DistanceToTarget!.Value, 2, language))
              .Append(')');
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) =>
        PublicSecurity.Stats.Text.Markdown.Document(ToString(language), ClearanceTables.Rates([(PublicSecurity.Stats.Text.Cells.Lang(language, "All crimes", "Tất cả tội phạm"), this)], language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div(
            "ps-clearance-rate",
            PublicSecurity.Stats.Text.Cells.Paragraph(ToString(language)),
            ClearanceTables.Rates([(PublicSecurity.Stats.Text.Cells.Lang(language, "All crimes", "Tất cả tội phạm"), this)], language).ToHtml(maxRows));
    }

    private static void CheckTarget(double? target)
    {
        if (target is double t && !(t >= 0 && t <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(target), string.Create(CultureInfo.InvariantCulture, $"The target must be a fraction between 0 and 1; it was {t:R}."));
        }
    }
}
