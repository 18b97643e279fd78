using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Traffic accidents, deaths and injured per (province, period): a typed, mergeable tally.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="TrafficTallyBuilder"/> from <see cref="TrafficAccident"/> records or published counts. A key
/// present in the tally states its counts (zeros included); a key absent from it is missing, and reading it throws
/// rather than returning zero.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums counts key by key; it is associative and commutative with <see cref="Empty"/> as identity,
/// so partial tallies from threads, files or database partitions combine exactly. Merging fails only across
/// province editions or calendars, or when a period of one overlaps a different period of the other (a month and
/// its quarter). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TrafficTally : Tally<TrafficTally>
{
    private protected override string Name => "traffic tally";

    internal TrafficTally(TallyTable<TrafficCounts> table)
        : base(table) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static TrafficTally Empty { get; } = new(TallyTable<TrafficCounts>.Empty);

    internal TallyTable<TrafficCounts> Table { get; }

    /// <summary>Tallies accident records over the given periods (see <see cref="TrafficTallyBuilder"/>).</summary>
    /// <param name="records">The accidents.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static TrafficTally Tally(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new TrafficTallyBuilder(periods));

    /// <summary>Gets the counts of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public TrafficCounts Get(Province province, ReportingPeriod period) => Table.Get(province, period, Name);


    private protected override TrafficTally With(ITallyTable content, TrafficTally other) => new((TallyTable<TrafficCounts>)content);
}

/// <summary>Builds a <see cref="TrafficTally"/> from accident records or published counts, over requested periods of one calendar.</summary>
/// <remarks>
/// An accident is counted in the requested period that contains its date; an accident outside every period is
/// counted in <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe: build one per
/// thread or partition and merge the tallies.
/// </remarks>
public sealed class TrafficTallyBuilder : IRecordCounter<TrafficAccident, TrafficTally>
{
    private readonly TallyAccumulator<long[]> accumulator;

    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no accident (their zeros are counts, not missing values); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions.</exception>
    public TrafficTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null) =>
        accumulator = new TallyAccumulator<long[]>(periods, provinces, static (_, _) => new long[3]);

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => accumulator.Periods;

    /// <summary>Counts one accident.</summary>
    /// <param name="accident">The accident.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accident"/> is null.</exception>
    /// <exception cref="ArgumentException">The accident's province is of another edition than the builder's provinces.</exception>
    public TrafficTallyBuilder Add(TrafficAccident accident)
    {
        ArgumentNullException.ThrowIfNull(accident);
        accumulator.CheckEdition(accident.Province, nameof(accident));
        if (accumulator.PeriodOf(accident.OccurredOn) is not ReportingPeriod period)
        {
            accumulator.CountOutside();
            return this;
        }

        var counts = accumulator.At(accident.Province, period, nameof(accident));
        counts[0]++;
        counts[1] = checked(counts[1] + accident.Deaths);
        counts[2] = checked(counts[2] + accident.Injured);
        return this;
    }

    /// <summary>Adds published or pre-aggregated counts to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="accidents">The accidents; not negative, positive when there are deaths or injured.</param>
    /// <param name="deaths">The deaths; not negative.</param>
    /// <param name="injured">The injured; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or there are deaths or injured without accidents.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a requested period, or the province is of another edition.</exception>
    public TrafficTallyBuilder Add(Province province, ReportingPeriod period, long accidents, long deaths, long injured)
    {
        ArgumentNullException.ThrowIfNull(province);
        var add = TrafficCounts.Create(accidents, deaths, injured);
        var counts = accumulator.At(province, accumulator.RequirePeriod(period, nameof(period)), nameof(province));
        counts[0] = checked(counts[0] + add.Accidents);
        counts[1] = checked(counts[1] + add.Deaths);
        counts[2] = checked(counts[2] + add.Injured);
        return this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public TrafficTally Build() => new(TallyTable<TrafficCounts>.Create(
        accumulator.Entries.Select(e => KeyValuePair.Create(e.Key, new TrafficCounts(e.Value[0], e.Value[1], e.Value[2]))),
        accumulator.Outside,
        "entries"));

    void IRecordCounter<TrafficAccident, TrafficTally>.Count(TrafficAccident record) => Add(record);
}
