using System.Globalization;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Claims;

/// <summary>
/// A published claim checked against counts: is it consistent with them (arithmetic), what counts would make it so,
/// is it more than chance (inference, for a change or a rank), or can it not be checked at all.
/// </summary>
/// <remarks>
/// <para>
/// <b>What the wording allows</b> (<see cref="Allowed"/>), for a stated number v with resolution r (the place value of
/// its last digit, <see cref="StatedFigure.Resolution"/>) under round-half-up:
/// exact — v − r/2 ≤ x &lt; v + r/2 ("1,4 triệu" = 1,350,000 ≤ x &lt; 1,450,000; "90%" = 89.5% ≤ x &lt; 90.5%);
/// over ("trên", "hơn") — x &gt; v; under ("dưới") — x &lt; v; about ("khoảng") — |x − v| ≤ max(r/2, a·v);
/// nearly ("gần") — v − max(r/2, n·v) ≤ x ≤ v, where a and n are the stated tolerances of <see cref="ClaimOptions"/>.
/// A share is x = 100 × numerator / denominator; a change is the size of the change in the stated direction (in the
/// claim's unit: a count, or percent of the baseline), and must be a change in that direction (a "decrease" of 0 is
/// not a decrease); a rank is the observed place under a measure.
/// </para>
/// <para>
/// <b>What counts would make it so</b> (<see cref="Satisfying"/>): for a share, the numerators out of the same
/// denominator (its <see cref="ClaimBounds.Lower"/> is the smallest that satisfies the claim); for a count or a mass,
/// the totals; for a change, the current counts against the same baseline (its <see cref="ClaimBounds.Upper"/> is the
/// largest current count that is still a change of the stated size); <see langword="null"/> when no count would.
/// For a rank, <see cref="RankEvidence"/> names the measures under which the unit holds the place.
/// </para>
/// <para>
/// <b>Inference</b> is attached only where the claim is about chance: a change carries its
/// <see cref="CountComparison"/> (exact test and interval), a rank its rank intervals at the confidence level.
/// <see cref="IsBeyondChance"/> says whether the change is significant in the stated direction, or whether the rank
/// interval is the claimed place alone under every measure where the place holds.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ClaimCheck : IRenderable
{
    private ClaimCheck(
        StatedFigure claim,
        string? measure,
        ReportingPeriod? period,
        ClaimOptions options,
        ClaimStatus status,
        ClaimBounds? allowed,
        decimal? observed,
        long? numerator,
        long? denominator,
        ClaimBounds? satisfying,
        CountComparison? comparison,
        IReadOnlyList<RankClaimEvidence> rankEvidence,
        NotCheckableReason? reason,
        IReadOnlyList<ReportingPeriod> countPeriods)
    {
        (Claim, Measure, Period, Options, Status, Allowed, Observed, Numerator, Denominator, Satisfying, Comparison, RankEvidence, Reason, CountPeriods) =
            (claim, measure, period, options, status, allowed, observed, numerator, denominator, satisfying, comparison, rankEvidence, reason, countPeriods);
    }

    /// <summary>Gets the claim as stated.</summary>
    public StatedFigure Claim { get; }

    /// <summary>Gets what the claim measures, as a dotted key ("crime.clearanceRate"), when known.</summary>
    public string? Measure { get; }

    /// <summary>Gets the period the claim and its counts refer to, when given.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the tolerances and confidence level the check used.</summary>
    public ClaimOptions Options { get; }

    /// <summary>Gets what the arithmetic found: consistent, inconsistent, or not checkable.</summary>
    public ClaimStatus Status { get; }

    /// <summary>Gets the values the claim's wording allows (see the remarks), or <see langword="null"/> when it is not checkable or the wording allows no value at all (a change "under 0").</summary>
    public ClaimBounds? Allowed { get; }

    /// <summary>
    /// Gets the value the counts give, in the claim's unit: the share in percent, the count, the mass, the size of the
    /// change in the stated direction (negative when the counts moved the other way), the rank under the first
    /// measure; <see langword="null"/> when not checkable.
    /// </summary>
    public decimal? Observed { get; }

    /// <summary>Gets the numerator of a share (the cleared count) or the current count of a change.</summary>
    public long? Numerator { get; }

    /// <summary>Gets the denominator of a share (the cases that occurred) or the baseline count of a change.</summary>
    public long? Denominator { get; }

    /// <summary>Gets the counts that would make the claim so (see the remarks), or <see langword="null"/> when none would or it does not apply.</summary>
    public ClaimBounds? Satisfying { get; }

    /// <summary>Gets the comparison of a change claim: exact test and interval at the confidence level.</summary>
    public CountComparison? Comparison { get; }

    /// <summary>Gets the evidence of a rank claim, one entry per measure; empty for other claims.</summary>
    public IReadOnlyList<RankClaimEvidence> RankEvidence { get; }

    /// <summary>Gets why the claim cannot be checked, when <see cref="Status"/> is <see cref="ClaimStatus.NotCheckable"/>.</summary>
    public NotCheckableReason? Reason { get; }

    /// <summary>Gets the periods for which counts of the measure were published, when they are not the claim's period.</summary>
    public IReadOnlyList<ReportingPeriod> CountPeriods { get; }

    /// <summary>
    /// Gets whether a change or a rank is more than chance (see the remarks); <see langword="null"/> for a share, a count
    /// or a mass (arithmetic only), and when the claim is inconsistent or not checkable.
    /// </summary>
    public bool? IsBeyondChance => Status != ClaimStatus.Consistent ? null : Claim.Kind switch
    {
        FigureKind.Change => Comparison is { IsTestDefined: true } c && c.IsSignificant
            && (Claim.Direction == ChangeDirection.Decrease ? c.Current < c.Baseline : c.Current > c.Baseline),
        FigureKind.Rank => RankEvidence.Where(e => e.Holds).All(e => e.Lower == e.Upper),
        _ => null,
    };

    /// <summary>Checks a share ("trên 90%") against a count out of a total (10 cleared of 11 that occurred).</summary>
    /// <param name="claim">The claim; a <see cref="FigureKind.Share"/>.</param>
    /// <param name="numerator">The count that has the property (cleared); 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The total (occurred); positive.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period of the claim and the counts, if known.</param>
    /// <param name="options">The tolerances; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is not a share.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="denominator"/> is not positive, or <paramref name="numerator"/> is negative or above it.
    /// </exception>
    public static ClaimCheck Share(StatedFigure claim, long numerator, long denominator, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
    {
        Kind(claim, FigureKind.Share, "a count out of a total");
        Preconditions.Positive(denominator, nameof(denominator));
        Preconditions.NotNegative(numerator, nameof(numerator));
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(
                nameof(numerator),
                string.Create(CultureInfo.InvariantCulture, $"The numerator must not exceed the denominator ({denominator}); it was {numerator}."));
        }

        options ??= ClaimOptions.Default;
        var allowed = ClaimMath.Allowed(claim, options);
        var satisfying = ClaimMath.Counts(allowed, v => v * denominator / 100m, increasing: true, 0, denominator);
        var observed = 100m * numerator / denominator;
        var status = satisfying is not null && satisfying.Contains(numerator) ? ClaimStatus.Consistent : ClaimStatus.Inconsistent;
        return new(claim, measure, period, options, status, allowed, observed, numerator, denominator, satisfying, null, [], null, []);
    }

    /// <summary>
    /// Checks a share against a typed part of a whole: chip ID cards issued of the eligible residents
    /// (<c>ChipIdCardTally.Share(province, period)</c>), essential online services provided in full of those required.
    /// </summary>
    /// <param name="claim">The claim; a <see cref="FigureKind.Share"/> ("đạt 100%").</param>
    /// <param name="share">The part and the whole; the whole must be positive.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period of the claim and the counts, if known.</param>
    /// <param name="options">The tolerances; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check, as <see cref="Share(StatedFigure, long, long, string?, ReportingPeriod?, ClaimOptions?)"/> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is not a share.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The whole of <paramref name="share"/> is 0 (the share is undefined).</exception>
    public static ClaimCheck ShareOf(StatedFigure claim, Aggregation.Share share, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
    {
        if (!share.IsDefined)
        {
            throw new ArgumentOutOfRangeException(
                nameof(share), string.Create(CultureInfo.InvariantCulture, $"The whole of the share must be positive (a share of nothing is undefined); it was {share.Part} of {share.Whole}."));
        }

        return Share(claim, share.Part, share.Whole, measure, period, options);
    }

    /// <summary>Checks a count ("hơn 1.000 lớp", "472 vụ", "1,4 triệu tài khoản") against a total.</summary>
    /// <param name="claim">The claim; a <see cref="FigureKind.Count"/>.</param>
    /// <param name="total">The total the counts give; not negative.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period of the claim and the counts, if known.</param>
    /// <param name="options">The tolerances; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is not a count.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public static ClaimCheck Count(StatedFigure claim, long total, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
    {
        Kind(claim, FigureKind.Count, "a total");
        Preconditions.NotNegative(total, nameof(total));
        options ??= ClaimOptions.Default;
        var allowed = ClaimMath.Allowed(claim, options);
        var satisfying = ClaimMath.Counts(allowed, v => v, increasing: true, 0, null);
        var status = allowed.Contains(total) ? ClaimStatus.Consistent : ClaimStatus.Inconsistent;
        return new(claim, measure, period, options, status, allowed, total, null, null, satisfying, null, [], null, []);
    }

    /// <summary>Checks a mass ("gần 20 kg") against the seizures' total in kilograms.</summary>
    /// <param name="claim">The claim; a <see cref="FigureKind.Mass"/> in kg, g or t.</param>
    /// <param name="kilograms">The total mass the records give, in kilograms (for example <c>MassTotal.Kilograms</c>); not negative.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period of the claim and the counts, if known.</param>
    /// <param name="options">The tolerances; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check; <see cref="Observed"/> and the bounds are in the claim's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is not a mass.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kilograms"/> is negative.</exception>
    public static ClaimCheck Mass(StatedFigure claim, decimal kilograms, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
    {
        Kind(claim, FigureKind.Mass, "a total mass");
        if (kilograms < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(kilograms), string.Create(CultureInfo.InvariantCulture, $"The kilograms must not be negative; it was {kilograms}."));
        }

        options ??= ClaimOptions.Default;
        var observed = claim.Unit switch
        {
            "g" => kilograms * 1000m,
            "t" => kilograms / 1000m,
            _ => kilograms,
        };
        var allowed = ClaimMath.Allowed(claim, options);
        var satisfying = ClaimMath.Intersect(allowed, 0m);
        var status = allowed.Contains(observed) ? ClaimStatus.Consistent : ClaimStatus.Inconsistent;
        return new(claim, measure, period, options, status, allowed, observed, null, null, satisfying, null, [], null, []);
    }

    /// <summary>Checks a change ("giảm", "giảm 27 vụ", "giảm hơn 20%") against the current and baseline counts.</summary>
    /// <param name="claim">The claim; a <see cref="FigureKind.Change"/>.</param>
    /// <param name="current">The count of the claim's period; not negative.</param>
    /// <param name="baseline">The count of the comparison period; not negative, and positive for a change in percent.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period of the claim and the current count, if known.</param>
    /// <param name="options">The tolerances and confidence level; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check, with the <see cref="CountComparison"/> of the counts (equal exposures) attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is not a change.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, or the claim is in percent and <paramref name="baseline"/> is 0.
    /// </exception>
    public static ClaimCheck Change(StatedFigure claim, long current, long baseline, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
    {
        Kind(claim, FigureKind.Change, "a current and a baseline count");
        Preconditions.NotNegative(current, nameof(current));
        Preconditions.NotNegative(baseline, nameof(baseline));
        var percent = claim.Unit == "%";
        if (percent && baseline == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(baseline), "The baseline must be positive for a change in percent (a percent of 0 is undefined); it was 0.");
        }

        options ??= ClaimOptions.Default;
        var decrease = claim.Direction == ChangeDirection.Decrease;
        var size = decrease ? (decimal)baseline - current : (decimal)current - baseline;
        var observed = percent ? 100m * size / baseline : size;
        var allowed = claim.Value is null ? ClaimBounds.Create(0m, false, null, false) : ClaimMath.Intersect(ClaimMath.Allowed(claim, options), 0m, lowerIncluded: false);

        // The current count as a function of the size d of the change: B − d (or B + d), with d in percent of B if so.
        Func<decimal, decimal> toCurrent = percent
            ? (decrease ? d => baseline - (d * baseline / 100m) : d => baseline + (d * baseline / 100m))
            : (decrease ? d => baseline - d : d => baseline + d);
        var satisfying = allowed is null ? null : ClaimMath.Counts(allowed, toCurrent, increasing: !decrease, 0, null);
        var status = allowed is not null && allowed.Contains(observed) ? ClaimStatus.Consistent : ClaimStatus.Inconsistent;
        var comparison = CountComparison.Compare(current, baseline, options.Confidence);
        return new(claim, measure, period, options, status, allowed, observed, current, baseline, satisfying, comparison, [], null, []);
    }

    /// <summary>Checks a rank ("thứ 2", "đứng thứ hai toàn quốc") against rankings of the units under one or more measures.</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="claim">The claim; a <see cref="FigureKind.Rank"/>.</param>
    /// <param name="unit">The unit the claim is about.</param>
    /// <param name="rankings">The rank intervals of the units under each measure (<see cref="RankIntervals.MonteCarlo{TKey}"/>), at least one.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The period or date of the ranking, if known.</param>
    /// <param name="options">The tolerances; <see cref="ClaimOptions.Default"/> when null (the rank intervals keep their own level).</param>
    /// <returns>The check: consistent when the unit holds the place under at least one measure; <see cref="RankEvidence"/> says under which.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/>, <paramref name="unit"/> or <paramref name="rankings"/> is null, or a ranking is.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="claim"/> is not a rank, <paramref name="rankings"/> is empty, or the unit is not ranked under one of them.
    /// </exception>
    public static ClaimCheck Rank<TKey>(StatedFigure claim, TKey unit, IEnumerable<RankIntervals<TKey>> rankings, string? measure = null, ReportingPeriod? period = null, ClaimOptions? options = null)
        where TKey : notnull
    {
        Kind(claim, FigureKind.Rank, "rankings");
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(rankings);
        var place = (int)claim.Value!.Value;
        var evidence = new List<RankClaimEvidence>();
        foreach (var ranking in rankings)
        {
            ArgumentNullException.ThrowIfNull(ranking, nameof(rankings));
            var entry = ranking.Entries.FirstOrDefault(e => EqualityComparer<TKey>.Default.Equals(e.Key, unit))
                ?? throw new ArgumentException($"The unit must be ranked under every measure; {unit} is not ranked by {ranking.Measure.Name}.", nameof(rankings));
            evidence.Add(new RankClaimEvidence(ranking.Measure, unit.ToString() ?? string.Empty, entry.ObservedRank, entry.Lower, entry.Upper, ranking.RankedCount, ranking.Level, entry.ObservedRank == place));
        }

        if (evidence.Count == 0)
        {
            throw new ArgumentException("The rankings must hold at least one measure; there were none.", nameof(rankings));
        }

        options ??= ClaimOptions.Default;
        var status = evidence.Any(e => e.Holds) ? ClaimStatus.Consistent : ClaimStatus.Inconsistent;
        var allowed = ClaimBounds.Create(place, true, place, true);
        return new(claim, measure, period, options, status, allowed, evidence[0].Rank, null, null, null, null, evidence, null, []);
    }

    /// <summary>Records that a claim cannot be checked: no counts behind it, or counts only for other periods.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="measure">What the claim measures, if known.</param>
    /// <param name="period">The claim's period, if known.</param>
    /// <param name="countPeriods">The periods for which counts of the measure exist, none when there are no counts at all.</param>
    /// <returns>The check, with <see cref="Reason"/> <see cref="NotCheckableReason.DifferentPeriod"/> when such periods are given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null, or a period in <paramref name="countPeriods"/> is.</exception>
    /// <exception cref="ArgumentException">A period in <paramref name="countPeriods"/> is the claim's own period.</exception>
    public static ClaimCheck NotCheckable(StatedFigure claim, string? measure = null, ReportingPeriod? period = null, IEnumerable<ReportingPeriod>? countPeriods = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var periods = (countPeriods ?? []).ToList();
        foreach (var p in periods)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(countPeriods));
            if (period is not null && p == period)
            {
                throw new ArgumentException($"The other periods must not include the claim's own period {period}: its counts make the claim checkable.", nameof(countPeriods));
            }
        }

        var reason = periods.Count == 0 ? NotCheckableReason.NoCounts : NotCheckableReason.DifferentPeriod;
        return new(claim, measure, period, ClaimOptions.Default, ClaimStatus.NotCheckable, null, null, null, null, null, null, [], reason, periods.Distinct().ToList());
    }

    /// <summary>
    /// Checks a published change figure against the counts published beside it: the measure's counts for the same
    /// period and the same period of the previous year. A change claim whose counts were published only for other
    /// periods is not checkable (the seed's 10-month "giảm cả 3 tiêu chí" has only Q1 counts beside it, which do
    /// not stand in for it); any other figure is not checkable against published figures alone.
    /// </summary>
    /// <param name="claim">The published claim; a change is a measure ending in ".change".</param>
    /// <param name="published">The figures published with it (for example <c>ProvincialReport.Figures</c>).</param>
    /// <param name="options">The tolerances and confidence level; <see cref="ClaimOptions.Default"/> when null.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or <paramref name="published"/> is null, or a figure in it is.</exception>
    public static ClaimCheck Against(PublishedFigure claim, IEnumerable<PublishedFigure> published, ClaimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(published);
        var figures = published.ToList();
        foreach (var f in figures)
        {
            ArgumentNullException.ThrowIfNull(f, nameof(published));
        }

        var stated = StatedFigure.From(claim);
        const string Suffix = ".change";
        if (stated.Kind != FigureKind.Change)
        {
            return NotCheckable(stated, claim.Measure, claim.Period);
        }

        var counted = claim.Measure[..^Suffix.Length];
        var counts = figures.Where(f => f.Measure == counted && f.Qualifier == FigureQualifier.Exact && f.Value >= 0 && f.Value % 1 == 0 && f.Period is not null).ToList();
        if (claim.Period is ReportingPeriod period && period.Calendar is not null)
        {
            var comparisonPeriod = period.SamePeriodPreviousYear();
            var current = counts.FirstOrDefault(f => f.Period == period);
            var baseline = counts.FirstOrDefault(f => f.Period == comparisonPeriod);
            if (current is not null && baseline is not null)
            {
                return Change(stated, (long)current.Value, (long)baseline.Value, claim.Measure, period, options);
            }
        }

        var others = counts.Select(f => f.Period!).Where(p => p != claim.Period).Distinct().OrderBy(p => p.Start).ToList();
        return NotCheckable(stated, claim.Measure, claim.Period, others);
    }

    /// <summary>Gets the check in English.</summary>
    /// <returns>The check as text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => ClaimText.Table(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => ClaimText.Table(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        return Cells.Div("ps-claim-check", ClaimText.Table(this, language).ToHtml(maxRows));
    }

    private static void Kind(StatedFigure claim, FigureKind kind, string against)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Kind != kind)
        {
            throw new ArgumentException(
                $"The claim must be a {kind.ToString().ToLowerInvariant()} to be checked against {against}; it was a {claim.Kind.ToString().ToLowerInvariant()} ('{claim.Text}').",
                nameof(claim));
        }
    }
}
