using PublicSecurity.Stats.Campaigns;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Crackdown campaigns opened per (province, period) and kind: a typed, mergeable tally.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="CampaignTallyBuilder"/> from <see cref="CrackdownCampaign"/> records (a campaign counts in the
/// period that contains its start) or from published counts ("mở 7 đợt cao điểm"). A key absent from the tally is
/// missing, and reading it throws rather than returning zero.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums counts key by key; it is associative and commutative with <see cref="Empty"/> as identity
/// and fails only across province editions or calendars, or on overlapping unequal periods. Instances are immutable
/// and thread-safe.
/// </para>
/// </remarks>
public sealed class CampaignTally : Tally<CampaignTally>
{
    private protected override string Name => "campaign tally";

    internal CampaignTally(TallyTable<CampaignEntry> table)
        : base(table) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static CampaignTally Empty { get; } = new(TallyTable<CampaignEntry>.Empty);

    internal TallyTable<CampaignEntry> Table { get; }

    /// <summary>Tallies campaign records over the given periods (see <see cref="CampaignTallyBuilder"/>).</summary>
    /// <param name="records">The campaigns.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static CampaignTally Tally(IEnumerable<CrackdownCampaign> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new CampaignTallyBuilder(periods));

    /// <summary>Gets the number of campaigns of a kind opened by a province in a period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of campaign.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long Count(Province province, ReportingPeriod period, CampaignKind kind)
    {
        Preconditions.Defined(kind, nameof(kind));
        return Table.Get(province, period, Name).Of(kind);
    }


    private protected override CampaignTally With(ITallyTable content, CampaignTally other) => new((TallyTable<CampaignEntry>)content);
}

/// <summary>Builds a <see cref="CampaignTally"/> from campaign records or published counts, over requested periods of one calendar.</summary>
/// <remarks>
/// A campaign is counted in the requested period that contains its start date. A campaign with no start date, or
/// one that starts outside every period, is counted in <see cref="Tally{TTally}.Outside"/>, never dropped silently.
/// The builder is not thread-safe.
/// </remarks>
public sealed class CampaignTallyBuilder : IRecordCounter<CrackdownCampaign, CampaignTally>
{
    private readonly TallyAccumulator<long[]> accumulator;

    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no campaign; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions.</exception>
    public CampaignTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null) =>
        accumulator = new TallyAccumulator<long[]>(periods, provinces, static (_, _) => new long[2]);

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => accumulator.Periods;

    /// <summary>Counts one campaign in the period containing its start.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    /// <exception cref="ArgumentException">The campaign's province is of another edition than the builder's provinces.</exception>
    public CampaignTallyBuilder Add(CrackdownCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        accumulator.CheckEdition(campaign.Province, nameof(campaign));
        if (campaign.Start is not DateOnly start || accumulator.PeriodOf(start) is not ReportingPeriod period)
        {
            accumulator.CountOutside();
            return this;
        }

        accumulator.At(campaign.Province, period, nameof(campaign))[(int)campaign.Kind]++;
        return this;
    }

    /// <summary>Adds a published or pre-aggregated count of campaigns to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="kind">The kind of campaign.</param>
    /// <param name="count">The number of campaigns; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a requested period, or the province is of another edition.</exception>
    public CampaignTallyBuilder Add(Province province, ReportingPeriod period, CampaignKind kind, long count)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(kind, nameof(kind));
        Preconditions.NotNegative(count, nameof(count));
        var counts = accumulator.At(province, accumulator.RequirePeriod(period, nameof(period)), nameof(province));
        counts[(int)kind] = checked(counts[(int)kind] + count);
        return this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public CampaignTally Build() => new(TallyTable<CampaignEntry>.Create(
        accumulator.Entries.Select(e => KeyValuePair.Create(e.Key, new CampaignEntry(e.Value[0], e.Value[1]))),
        accumulator.Outside,
        "entries"));

    void IRecordCounter<CrackdownCampaign, CampaignTally>.Count(CrackdownCampaign record) => Add(record);
}

/// <summary>The counts of one key of a <see cref="CampaignTally"/>.</summary>
internal readonly record struct CampaignEntry(long PeakCrackdown, long FugitiveArrestAndSurrender) : ITallyEntry<CampaignEntry>
{
    static CampaignEntry ITallyEntry<CampaignEntry>.Sum(CampaignEntry left, CampaignEntry right) => left.Add(right);

    public static CampaignEntry Create(long peakCrackdown, long fugitiveArrestAndSurrender) =>
        new(Preconditions.NotNegative(peakCrackdown, nameof(peakCrackdown)), Preconditions.NotNegative(fugitiveArrestAndSurrender, nameof(fugitiveArrestAndSurrender)));

    public long Of(CampaignKind kind) => kind == CampaignKind.PeakCrackdown ? PeakCrackdown : FugitiveArrestAndSurrender;

    public CampaignEntry Add(CampaignEntry other) =>
        new(checked(PeakCrackdown + other.PeakCrackdown), checked(FugitiveArrestAndSurrender + other.FugitiveArrestAndSurrender));
}
