using System.Text.Json.Serialization;
using PublicSecurity.Stats.Serialization;
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
/// <see cref="Merge"/> sums counts key by key; it is associative and commutative with <see cref="Empty"/> as identity,
/// so partial tallies from threads, files or database partitions combine exactly. Merging fails only across
/// province editions or calendars, or when a period of one overlaps a different period of the other (a month and
/// its quarter). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(TrafficTallyJsonConverter))]
public sealed class TrafficTally : IEquatable<TrafficTally>
{
    private const string Name = "traffic tally";

    internal TrafficTally(TallyTable<TrafficCounts> table) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Merge"/>.</summary>
    public static TrafficTally Empty { get; } = new(TallyTable<TrafficCounts>.Empty);

    /// <summary>Gets the province edition of the keys, or <see langword="null"/> when the tally has no keys.</summary>
    public ProvinceEdition? Edition => Table.Edition;

    /// <summary>Gets the keys, ordered by province code, then period.</summary>
    public IReadOnlyList<TallyKey> Keys => Table.Keys;

    /// <summary>Gets the distinct periods of the keys, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Table.Periods;

    /// <summary>Gets the number of accidents given to the builder that fell outside every requested period.</summary>
    public long Outside => Table.Outside;

    internal TallyTable<TrafficCounts> Table { get; }

    /// <summary>Tallies accident records over the given periods (see <see cref="TrafficTallyBuilder"/>).</summary>
    /// <param name="records">The accidents.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static TrafficTally FromRecords(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new TrafficTallyBuilder(periods);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    /// <summary>Gets whether the tally has an entry for a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether the key is present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    public bool Contains(Province province, ReportingPeriod period) => Table.Contains(province, period);

    /// <summary>Gets the counts of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public TrafficCounts Get(Province province, ReportingPeriod period) => Table.Get(province, period, Name);

    /// <summary>Sums this tally and another key by key.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally; outside counts add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The tallies are of different province editions or calendars, or have overlapping unequal periods.</exception>
    public TrafficTally Merge(TrafficTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Wrap(Table.Merge(other.Table, static (a, b) => a.Add(b), nameof(other)), other);
    }

    /// <summary>Re-bases a 63-unit tally onto the 34 units of 01/07/2025 by summing each new unit's predecessors, period by period.</summary>
    /// <returns>The re-based tally; the tally itself when it is empty or already of the 34-unit edition.</returns>
    /// <exception cref="InvalidOperationException">A new unit has only some of its predecessors for a period (the sum would be silently incomplete).</exception>
    public TrafficTally RebaseTo34() => Wrap(Table.RebaseTo34(static (a, b) => a.Add(b), Name), this);

    /// <inheritdoc/>
    public bool Equals(TrafficTally? other) => other is not null && Table.ContentEquals(other.Table);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrafficTally);

    /// <inheritdoc/>
    public override int GetHashCode() => Table.ContentHash();

    /// <summary>Gets the size of the tally, for example "Traffic tally: 2 keys, 0 outside".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Traffic tally: {Require.Number(Table.Count)} keys, {Require.Number(Outside)} outside";

    private TrafficTally Wrap(TallyTable<TrafficCounts> table, TrafficTally other) =>
        ReferenceEquals(table, Table) ? this : ReferenceEquals(table, other.Table) ? other : new TrafficTally(table);
}

/// <summary>Builds a <see cref="TrafficTally"/> from accident records or published counts, over requested periods of one calendar.</summary>
/// <remarks>
/// An accident is counted in the requested period that contains its date; an accident outside every period is
/// counted in <see cref="TrafficTally.Outside"/>, never dropped silently. The builder is not thread-safe: build one per
/// thread or partition and merge the tallies.
/// </remarks>
public sealed class TrafficTallyBuilder
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
}
