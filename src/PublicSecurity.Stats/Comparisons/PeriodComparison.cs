using System.Globalization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>
/// Two comparable periods of one province compared metric by metric from tallies, with day exposures — "so với cùng
/// kỳ" made honest: the same unit and calendar, the same province edition, and complete data.
/// </summary>
/// <remarks>
/// <para>The factories check, before any count is read (DESIGN.md rule 6):</para>
/// <list type="bullet">
/// <item>the two periods have the same unit and calendar (a month with a month, "10 tháng" with "10 tháng"; not the
/// same number of days — the day exposures absorb that: May has 30 reporting days against April's 31) and do not
/// overlap;</item>
/// <item>the province and the tally are of the same edition; a 63-unit tally is re-based onto the 34 units (counts
/// summed) when the province is of the 34-unit edition (<see cref="WasRebased"/>);</item>
/// <item>both periods are complete as of the data's as-of date, unless the caller names a
/// <see cref="PartialPeriodPolicy"/> for the current one; and, when the tally declares its
/// <see cref="Aggregation.Tally{TTally}.Coverage"/>, neither starts before the data do (a baseline "first 10 months of
/// 2022" from 15/12/2021 against data from 01/01/2022 lacks 17 days) unless the policy is named, and the as-of date is
/// not after the coverage's end.</item>
/// </list>
/// <para>A missing tally entry is never read as zero: it throws. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PeriodComparison : IRenderable
{
    private PeriodComparison(
        Province province, ReportingPeriod current, ReportingPeriod baseline, DateOnly dataAsOf, PartialPeriodPolicy policy, Exposure days, bool rebased, ChangeVerdict verdict)
    {
        (Province, Current, Baseline, DataAsOf, Policy, WasRebased, Verdict) = (province, current, baseline, dataAsOf, policy, rebased, verdict);
        (CurrentExposureDays, BaselineExposureDays, Coverage) = (days.Current, days.Baseline, days.Coverage);
    }

    /// <summary>Gets the province compared.</summary>
    public Province Province { get; }

    /// <summary>Gets the current period.</summary>
    public ReportingPeriod Current { get; }

    /// <summary>Gets the baseline period (usually the same period last year).</summary>
    public ReportingPeriod Baseline { get; }

    /// <summary>Gets the date up to which the data are complete.</summary>
    public DateOnly DataAsOf { get; }

    /// <summary>Gets the partial-period policy the caller named.</summary>
    public PartialPeriodPolicy Policy { get; }

    /// <summary>Gets whether the current period ends after <see cref="DataAsOf"/> (compared under <see cref="PartialPeriodPolicy.ObservedDays"/>).</summary>
    public bool IsCurrentPartial => Current.End > DataAsOf || (Coverage is { } c && Current.Start < c.From);

    /// <summary>Gets whether the baseline period starts before the tally's <see cref="Coverage"/> (compared under <see cref="PartialPeriodPolicy.ObservedDays"/>).</summary>
    public bool IsBaselinePartial => Coverage is { } c && Baseline.Start < c.From;

    /// <summary>Gets the dates the tally's data cover, when the tally declared them; <see langword="null"/> otherwise.</summary>
    public DataCoverage? Coverage { get; }

    /// <summary>Gets the current exposure in days: the period's days, or the observed (covered) days when it is partial.</summary>
    public int CurrentExposureDays { get; }

    /// <summary>Gets the baseline exposure in days: the period's days, or the covered days when it starts before the data.</summary>
    public int BaselineExposureDays { get; }

    /// <summary>Gets whether a 63-unit tally was re-based onto the 34 units to match the province.</summary>
    public bool WasRebased { get; }

    /// <summary>Gets the verdict over the compared metrics, each a <see cref="CountComparison"/> with day exposures.</summary>
    public ChangeVerdict Verdict { get; }

    /// <summary>Compares the three traffic criteria (accidents, deaths, injured) of a province between two periods.</summary>
    /// <param name="tally">The traffic tally holding both periods for the province.</param>
    /// <param name="province">The province.</param>
    /// <param name="current">The current period.</param>
    /// <param name="baseline">The baseline period, usually <c>current.SamePeriodPreviousYear()</c>.</param>
    /// <param name="dataAsOf">The date up to which the data are complete.</param>
    /// <param name="policy">What to do if the current period is incomplete; <see cref="PartialPeriodPolicy.Refuse"/> by default.</param>
    /// <param name="confidence">The confidence level of the intervals and the verdict, in (0, 1); 0.95 by default.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The periods are not comparable, overlap, or are incomplete (see remarks); the editions cannot be matched; or
    /// the tally has no entry for a period.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined or <paramref name="confidence"/> is outside (0, 1).</exception>
    public static PeriodComparison Traffic(
        TrafficTally tally,
        Province province,
        ReportingPeriod current,
        ReportingPeriod baseline,
        DateOnly dataAsOf,
        PartialPeriodPolicy policy = PartialPeriodPolicy.Refuse,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var days = Prepare(tally.Edition, tally.Coverage, province, current, baseline, dataAsOf, policy, confidence);
        var rebased = NeedsRebase(tally.Edition, province);
        var source = rebased ? tally.RebaseTo34() : tally;
        var now = source.Get(province, current);
        var before = source.Get(province, baseline);
        var verdict = ChangeVerdict.TrafficCriteria(
            CountComparison.Compare(now.Accidents, before.Accidents, days.Current, days.Baseline, confidence),
            CountComparison.Compare(now.Deaths, before.Deaths, days.Current, days.Baseline, confidence),
            CountComparison.Compare(now.Injured, before.Injured, days.Current, days.Baseline, confidence));
        return new PeriodComparison(province, current, baseline, dataAsOf, policy, days, rebased, verdict);
    }

    /// <summary>Compares criminal cases occurred and cases cleared in the period between two periods of a province.</summary>
    /// <param name="tally">The case tally holding both periods for the province.</param>
    /// <param name="province">The province.</param>
    /// <param name="current">The current period.</param>
    /// <param name="baseline">The baseline period.</param>
    /// <param name="dataAsOf">The date up to which the data are complete.</param>
    /// <param name="severity">Which severities to count; all by default.</param>
    /// <param name="policy">What to do if the current period is incomplete.</param>
    /// <param name="confidence">The confidence level, in (0, 1).</param>
    /// <returns>The comparison, with metrics "cases occurred" (vụ xảy ra) and "cases cleared" (vụ làm rõ).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The periods are not comparable or complete, the editions cannot be matched, or an entry is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined or <paramref name="confidence"/> is outside (0, 1).</exception>
    public static PeriodComparison Cases(
        CaseTally tally,
        Province province,
        ReportingPeriod current,
        ReportingPeriod baseline,
        DateOnly dataAsOf,
        SeverityGroup severity = SeverityGroup.All,
        PartialPeriodPolicy policy = PartialPeriodPolicy.Refuse,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var days = Prepare(tally.Edition, tally.Coverage, province, current, baseline, dataAsOf, policy, confidence);
        var rebased = NeedsRebase(tally.Edition, province);
        var source = rebased ? tally.RebaseTo34() : tally;
        var verdict = ChangeVerdict.Evaluate(
            LocalizedName.Create("Criminal cases", "Tội phạm"),
            [
                MetricComparison.Create(
                    Metric.Create(LocalizedName.Create("cases occurred", "số vụ xảy ra"), LocalizedName.Create("cases", "vụ")),
                    CountComparison.Compare(source.Occurred(province, current, severity), source.Occurred(province, baseline, severity), days.Current, days.Baseline, confidence)),
                MetricComparison.Create(
                    Metric.Create(LocalizedName.Create("cases cleared", "số vụ làm rõ"), LocalizedName.Create("cases", "vụ")),
                    CountComparison.Compare(source.ClearedInPeriod(province, current, severity), source.ClearedInPeriod(province, baseline, severity), days.Current, days.Baseline, confidence)),
            ]);
        return new PeriodComparison(province, current, baseline, dataAsOf, policy, days, rebased, verdict);
    }

    /// <summary>Compares drug cases detected and suspects arrested between two periods of a province.</summary>
    /// <param name="tally">The drug seizure tally holding both periods for the province.</param>
    /// <param name="province">The province.</param>
    /// <param name="current">The current period.</param>
    /// <param name="baseline">The baseline period.</param>
    /// <param name="dataAsOf">The date up to which the data are complete.</param>
    /// <param name="policy">What to do if the current period is incomplete.</param>
    /// <param name="confidence">The confidence level, in (0, 1).</param>
    /// <returns>The comparison, with metrics "drug cases" (vụ) and "suspects" (đối tượng).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The periods are not comparable or complete, the editions cannot be matched, or an entry is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined or <paramref name="confidence"/> is outside (0, 1).</exception>
    public static PeriodComparison Drugs(
        DrugSeizureTally tally,
        Province province,
        ReportingPeriod current,
        ReportingPeriod baseline,
        DateOnly dataAsOf,
        PartialPeriodPolicy policy = PartialPeriodPolicy.Refuse,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var days = Prepare(tally.Edition, tally.Coverage, province, current, baseline, dataAsOf, policy, confidence);
        var rebased = NeedsRebase(tally.Edition, province);
        var source = rebased ? tally.RebaseTo34() : tally;
        var now = source.Get(province, current);
        var before = source.Get(province, baseline);
        var verdict = ChangeVerdict.Evaluate(
            LocalizedName.Create("Drug crimes", "Tội phạm ma túy"),
            [
                MetricComparison.Create(
                    Metric.Create(LocalizedName.Create("cases", "số vụ"), LocalizedName.Create("cases", "vụ")),
                    CountComparison.Compare(now.Cases, before.Cases, days.Current, days.Baseline, confidence)),
                MetricComparison.Create(
                    Metric.Create(LocalizedName.Create("suspects", "số đối tượng"), LocalizedName.Create("suspects", "đối tượng")),
                    CountComparison.Compare(now.Suspects, before.Suspects, days.Current, days.Baseline, confidence)),
            ]);
        return new PeriodComparison(province, current, baseline, dataAsOf, policy, days, rebased, verdict);
    }

    /// <summary>Gets the comparison as English text: the windows and exposures, then the verdict.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the comparison as text in the given language: the windows and exposures, then the verdict.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var verdict = Verdict.ToString(language);
        var vi = language == Language.Vietnamese;
        var days = vi ? "ngày" : "days";
        var header = vi
            ? $"{Province.Name}, {Current.ToString(language)} so với {Baseline.ToString(language)} ({NumberText.Integer(CurrentExposureDays, language)} so với {NumberText.Integer(BaselineExposureDays, language)} {days}"
            : $"{Province.Name}, {Current.ToString(language)} against {Baseline.ToString(language)} ({NumberText.Integer(CurrentExposureDays, language)} against {NumberText.Integer(BaselineExposureDays, language)} {days}";
        if (IsCurrentPartial)
        {
            header += vi
                ? $"; kỳ này chưa đủ dữ liệu, tính theo số ngày đã có đến {NumberText.Date(DataAsOf)}"
                : $"; current period incomplete, compared per observed day up to {NumberText.Date(DataAsOf)}";
        }

        if (IsBaselinePartial)
        {
            header += vi
                ? $"; kỳ so sánh chưa đủ dữ liệu, tính theo số ngày có dữ liệu từ {NumberText.Date(Coverage!.From)}"
                : $"; baseline period incomplete, compared per observed day from {NumberText.Date(Coverage!.From)}";
        }

        if (WasRebased)
        {
            header += vi ? "; số liệu 63 tỉnh đã quy về 34 đơn vị" : "; 63-unit data re-based onto the 34 units";
        }

        return header + ")\n" + verdict;
    }

    private static bool NeedsRebase(ProvinceEdition? tallyEdition, Province province) =>
        tallyEdition == ProvinceEdition.Provinces63 && province.Edition == ProvinceEdition.Provinces34;

    private static Exposure Prepare(
        ProvinceEdition? tallyEdition, DataCoverage? coverage, Province province, ReportingPeriod current, ReportingPeriod baseline, DateOnly dataAsOf, PartialPeriodPolicy policy, double confidence)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), $"The partial-period policy must be Refuse or ObservedDays; it was {(int)policy}.");
        }

        Preconditions.Confidence(confidence, nameof(confidence));
        if (current.Unit != baseline.Unit || current.Calendar != baseline.Calendar
            || (current.Unit == PeriodUnit.FirstMonths && current.Index != baseline.Index))
        {
            throw new ArgumentException(
                $"The periods must have the same unit and calendar to be compared; the current period is {Describe(current)} and the baseline {Describe(baseline)}.",
                nameof(baseline));
        }

        if (current.Overlaps(baseline))
        {
            throw new ArgumentException($"The periods must not overlap; the current period is {current} and the baseline {baseline}.", nameof(baseline));
        }

        if (tallyEdition is ProvinceEdition edition && edition != province.Edition && !NeedsRebase(edition, province))
        {
            throw new ArgumentException(
                $"The province must be of the tally's edition ({edition}), or of the 34-unit edition for a 63-unit tally (which is then re-based); it was {province}.",
                nameof(province));
        }

        if (coverage is not null && dataAsOf > coverage.AsOf)
        {
            throw new ArgumentException(
                $"The data's as-of date must not be after the end of the tally's coverage ({NumberText.Date(coverage.AsOf)}); it was {NumberText.Date(dataAsOf)}.",
                nameof(dataAsOf));
        }

        if (baseline.End > dataAsOf)
        {
            throw new ArgumentException(
                $"The baseline period must be complete as of the data's as-of date ({NumberText.Date(dataAsOf)}); it ends on {NumberText.Date(baseline.End)}.",
                nameof(dataAsOf));
        }

        var from = coverage?.From ?? DateOnly.MinValue;
        var baselineDays = StartCovered(baseline, from, coverage, policy, "baseline");
        var currentStart = StartCovered(current, from, coverage, policy, "current") == current.Days ? current.Start : from;
        if (current.End <= dataAsOf)
        {
            return new(current.End.DayNumber - currentStart.DayNumber + 1, baselineDays, coverage);
        }

        if (policy == PartialPeriodPolicy.Refuse)
        {
            throw new ArgumentException(
                $"The current period {current} is not complete as of the data's as-of date ({NumberText.Date(dataAsOf)}); comparing it with a complete period would understate it. Name a partial-period policy (ObservedDays) to compare rates per observed day.",
                nameof(dataAsOf));
        }

        if (dataAsOf < currentStart)
        {
            throw new ArgumentException(
                $"The data's as-of date must not be before the current period's start ({NumberText.Date(currentStart)}); it was {NumberText.Date(dataAsOf)}.",
                nameof(dataAsOf));
        }

        return new(dataAsOf.DayNumber - currentStart.DayNumber + 1, baselineDays, coverage);
    }

    /// <summary>Gets a period's days from the later of its start and the data's first day, refusing a period that starts before the data unless the policy is named.</summary>
    private static int StartCovered(ReportingPeriod period, DateOnly from, DataCoverage? coverage, PartialPeriodPolicy policy, string which)
    {
        if (coverage is null || period.Start >= from)
        {
            return period.Days;
        }

        var missing = from.DayNumber - period.Start.DayNumber;
        if (policy == PartialPeriodPolicy.Refuse || missing >= period.Days)
        {
            var advice = missing >= period.Days
                ? "the data start after it ends"
                : "comparing it as complete would understate it. Name a partial-period policy (ObservedDays) to compare rates per covered day";
            throw new ArgumentException(
                $"The {which} period {period} starts before the data's coverage ({coverage}): {Preconditions.Number(Math.Min(missing, period.Days))} of its {Preconditions.Number(period.Days)} days have no data; {advice}.",
                which);
        }

        return period.Days - missing;
    }

    private static string Describe(ReportingPeriod period) => period.Calendar is null
        ? $"an ad-hoc period ({period})"
        : string.Create(CultureInfo.InvariantCulture, $"{period.Unit} under cut-off day {period.Calendar.CutoffDay} ({period})");

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English)
    {
        var lines = ToString(language).Split('\n');
        return "**" + PublicSecurity.Stats.Text.Markdown.Escape(lines[0]) + "**\n\n" + Verdict.ToMarkdown(language);
    }

    /// <inheritdoc/>
    /// <remarks>The HTML includes the verdict's chart of rate ratios with their intervals.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        var header = ToString(language).Split('\n')[0];
        return PublicSecurity.Stats.Text.Cells.Div("ps-period-comparison", PublicSecurity.Stats.Text.Cells.Paragraph(header), Verdict.ToHtml(language, maxRows));
    }
}

/// <summary>The exposures in days of a comparison, and the coverage they were measured against.</summary>
internal readonly record struct Exposure(int Current, int Baseline, DataCoverage? Coverage);
