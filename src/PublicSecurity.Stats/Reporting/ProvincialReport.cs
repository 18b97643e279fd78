using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Reporting;

/// <summary>A provincial police report: a province, a reporting window and its comparison window, the tallies behind it and the figures it published.</summary>
/// <remarks>
/// <para>
/// Vietnamese: báo cáo kết quả công tác của Công an tỉnh, for example the Bình Dương report on the first 10 months of
/// 2023 compared with the same period of 2022 ("so với cùng kỳ"). A tally is <see langword="null"/> when the report has
/// no record-level data or exact counts for its section; the section is then known only through
/// <see cref="Figures"/>, as published. A tally built from illustrative records rather than published data is listed
/// in <see cref="IllustrativeSections"/>.
/// </para>
/// <para>
/// Rules: the comparison period does not overlap the period; every tally is of the province's edition; every
/// illustrative section has a tally. Instances are immutable and thread-safe; equality compares every member.
/// </para>
/// </remarks>
public sealed class ProvincialReport : IEquatable<ProvincialReport>
{
    private ProvincialReport(
        Province province,
        ReportingPeriod period,
        ReportingPeriod? comparisonPeriod,
        IReadOnlyList<PublishedFigure> figures,
        CaseTally? cases,
        DrugSeizureTally? drugs,
        DrillTally? drills,
        TrafficTally? traffic,
        ElectronicIdTally? electronicId,
        CampaignTally? campaigns,
        IReadOnlyList<ReportSection> illustrativeSections)
    {
        (Province, Period, ComparisonPeriod, Figures, Cases, Drugs, Drills, Traffic, ElectronicId, Campaigns, IllustrativeSections) = (province, period, comparisonPeriod, figures, cases, drugs, drills, traffic, electronicId, campaigns, illustrativeSections);
    }

    /// <summary>Gets the province whose police made the report.</summary>
    public Province Province { get; }

    /// <summary>Gets the reporting window.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the window the report compares with (usually the same period a year earlier), or <see langword="null"/>.</summary>
    public ReportingPeriod? ComparisonPeriod { get; }

    /// <summary>Gets the figures as the report and related sources published them, in the order given.</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; }

    /// <summary>Gets the criminal case tally, or <see langword="null"/> when there is none.</summary>
    public CaseTally? Cases { get; }

    /// <summary>Gets the drug seizure tally, or <see langword="null"/> when there is none.</summary>
    public DrugSeizureTally? Drugs { get; }

    /// <summary>Gets the drill tally, or <see langword="null"/> when there is none.</summary>
    public DrillTally? Drills { get; }

    /// <summary>Gets the traffic tally, or <see langword="null"/> when there is none.</summary>
    public TrafficTally? Traffic { get; }

    /// <summary>Gets the e-ID tally, or <see langword="null"/> when there is none.</summary>
    public ElectronicIdTally? ElectronicId { get; }

    /// <summary>Gets the campaign tally, or <see langword="null"/> when there is none.</summary>
    public CampaignTally? Campaigns { get; }

    /// <summary>Gets the sections whose tally is built from illustrative records, not from published data; ordered, without repeats.</summary>
    public IReadOnlyList<ReportSection> IllustrativeSections { get; }

    /// <summary>Creates a report, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The reporting window.</param>
    /// <param name="comparisonPeriod">The comparison window, or null; must not overlap <paramref name="period"/>.</param>
    /// <param name="figures">The published figures; may be empty.</param>
    /// <param name="cases">The case tally, or null.</param>
    /// <param name="drugs">The drug seizure tally, or null.</param>
    /// <param name="drills">The drill tally, or null.</param>
    /// <param name="traffic">The traffic tally, or null.</param>
    /// <param name="electronicId">The e-ID tally, or null.</param>
    /// <param name="campaigns">The campaign tally, or null.</param>
    /// <param name="illustrativeSections">The sections whose tally is illustrative, or null for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/>, <paramref name="period"/>, <paramref name="figures"/> or a figure is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An illustrative section is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// The comparison period overlaps the period; a tally is of another province edition; or an illustrative section has no tally.
    /// </exception>
    public static ProvincialReport Create(
        Province province,
        ReportingPeriod period,
        ReportingPeriod? comparisonPeriod,
        IEnumerable<PublishedFigure> figures,
        CaseTally? cases = null,
        DrugSeizureTally? drugs = null,
        DrillTally? drills = null,
        TrafficTally? traffic = null,
        ElectronicIdTally? electronicId = null,
        CampaignTally? campaigns = null,
        IEnumerable<ReportSection>? illustrativeSections = null)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(figures);
        if (comparisonPeriod is not null && comparisonPeriod.Overlaps(period))
        {
            throw new ArgumentException(
                $"The comparison period must not overlap the period ({period}); it was {comparisonPeriod}.", nameof(comparisonPeriod));
        }

        var list = figures.ToList();
        if (list.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(figures), "The figures must not contain null.");
        }

        CheckEdition(province, cases?.Edition, nameof(cases));
        CheckEdition(province, drugs?.Edition, nameof(drugs));
        CheckEdition(province, drills?.Edition, nameof(drills));
        CheckEdition(province, traffic?.Edition, nameof(traffic));
        CheckEdition(province, electronicId?.Edition, nameof(electronicId));
        CheckEdition(province, campaigns?.Edition, nameof(campaigns));

        var sections = new SortedSet<ReportSection>();
        foreach (var section in illustrativeSections ?? [])
        {
            Preconditions.Defined(section, nameof(illustrativeSections));
            object? tally = section switch
            {
                ReportSection.Crime => cases,
                ReportSection.Drugs => drugs,
                ReportSection.FireRescue => drills,
                ReportSection.Traffic => traffic,
                ReportSection.ElectronicId => electronicId,
                _ => campaigns,
            };
            if (tally is null)
            {
                throw new ArgumentException(
                    $"An illustrative section must have a tally; the {section} section has none.", nameof(illustrativeSections));
            }

            sections.Add(section);
        }

        return new ProvincialReport(province, period, comparisonPeriod, list.AsReadOnly(), cases, drugs, drills, traffic, electronicId, campaigns, [.. sections]);
    }

    /// <summary>Gets the published figures that measure something, in the order given.</summary>
    /// <param name="measure">The measure key, for example "drugs.cases".</param>
    /// <returns>The figures, possibly none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public IReadOnlyList<PublishedFigure> FiguresFor(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Figures.Where(f => string.Equals(f.Measure, measure, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Gets the province and window, for example "Bình Dương (74, 63-unit edition), first 10 months of 2023 (15/12/2022–14/10/2023)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Province}, {Period}";

    /// <inheritdoc/>
    public bool Equals(ProvincialReport? other) =>
        other is not null
        && (other.Province, other.Period, other.ComparisonPeriod) == (Province, Period, ComparisonPeriod)
        && other.Figures.SequenceEqual(Figures)
        && Equals(other.Cases, Cases)
        && Equals(other.Drugs, Drugs)
        && Equals(other.Drills, Drills)
        && Equals(other.Traffic, Traffic)
        && Equals(other.ElectronicId, ElectronicId)
        && Equals(other.Campaigns, Campaigns)
        && other.IllustrativeSections.SequenceEqual(IllustrativeSections);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProvincialReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Province, Period, ComparisonPeriod, Figures.Count);

    private static void CheckEdition(Province province, ProvinceEdition? edition, string name)
    {
        if (edition is ProvinceEdition e && e != province.Edition)
        {
            throw new ArgumentException(
                $"The {name} tally must be of the province's edition ({Province.EditionLabel(province.Edition)}); it was of the {Province.EditionLabel(e)}.", name);
        }
    }
}
