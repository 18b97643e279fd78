using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Cumulative e-ID accounts activated (and records received, target) of one level per (province, period): a typed, mergeable tally.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="ElectronicIdTallyBuilder"/> from <see cref="ElectronicIdActivation"/> records of one level
/// (level 2 by default, the level reports rank provinces by). Each key holds the snapshot at the latest as-of date
/// within its period. A key absent from the tally is missing, and reading it throws rather than returning zero.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums key by key, which is right for disjoint sub-populations (partitions by province or
/// district), not for two snapshots of the same population; it is associative and commutative with
/// <see cref="Empty"/> as identity, and fails across levels, province editions or calendars, or on overlapping
/// unequal periods. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ElectronicIdTally : Tally<ElectronicIdTally>
{
    private protected override string Name => "e-ID tally";

    internal ElectronicIdTally(ElectronicIdLevel? level, TallyTable<ElectronicIdCounts> table)
        : base(table)
    {
        Level = table.Count == 0 ? null : level;
        Table = table;
    }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static ElectronicIdTally Empty { get; } = new(null, TallyTable<ElectronicIdCounts>.Empty);

    /// <summary>Gets the account level counted, or <see langword="null"/> when the tally has no keys.</summary>
    public ElectronicIdLevel? Level { get; }

    internal TallyTable<ElectronicIdCounts> Table { get; }

    /// <summary>Tallies level-2 (or <paramref name="level"/>) records over the given periods (see <see cref="ElectronicIdTallyBuilder"/>).</summary>
    /// <param name="records">The records, all of <paramref name="level"/>.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <param name="level">The level counted.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="periods"/> is empty, mixes calendars or overlaps; or a record is of another level, mixes province
    /// editions, or has the same province, period and as-of date as another.
    /// </exception>
    public static ElectronicIdTally Tally(IEnumerable<ElectronicIdActivation> records, IEnumerable<ReportingPeriod> periods, ElectronicIdLevel level = ElectronicIdLevel.Level2) =>
        Collect(records, () => new ElectronicIdTallyBuilder(periods, level));

    /// <summary>Gets the snapshot of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public ElectronicIdCounts Get(Province province, ReportingPeriod period) => Table.Get(province, period, Name);

    private protected override string Label => $"e-ID tally ({Level?.ToString() ?? "empty"})";

    private protected override ElectronicIdTally With(ITallyTable content, ElectronicIdTally other) =>
        new(Level ?? other.Level, (TallyTable<ElectronicIdCounts>)content);

    /// <summary>Merging sums disjoint sub-populations of one level only.</summary>
    private protected override void CheckMergeable(ElectronicIdTally other)
    {
        if (Level is ElectronicIdLevel mine && other.Level is ElectronicIdLevel theirs && mine != theirs)
        {
            throw new ArgumentException(
                $"Tallies of different e-ID levels cannot be merged: this one counts {mine}, the other {theirs}.", nameof(other));
        }
    }

    private protected override bool Counts(ElectronicIdTally other) => other.Level == Level;
}

/// <summary>Builds an <see cref="ElectronicIdTally"/> from e-ID records of one level, over requested periods of one calendar.</summary>
/// <remarks>
/// A record falls in the requested period that contains its as-of date; each key keeps the record with the latest
/// as-of date. A record outside every period is counted in <see cref="Tally{TTally}.Outside"/>, never dropped
/// silently. The builder is not thread-safe.
/// </remarks>
public sealed class ElectronicIdTallyBuilder : IRecordCounter<ElectronicIdActivation, ElectronicIdTally>
{
    private readonly TallyAccumulator<Latest> accumulator;

    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="level">The account level counted; records of the other level are rejected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public ElectronicIdTallyBuilder(IEnumerable<ReportingPeriod> periods, ElectronicIdLevel level = ElectronicIdLevel.Level2)
    {
        Level = Preconditions.Defined(level, nameof(level));
        accumulator = new TallyAccumulator<Latest>(periods, null, static (_, _) => new Latest());
    }

    /// <summary>Gets the account level counted.</summary>
    public ElectronicIdLevel Level { get; }

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => accumulator.Periods;

    /// <summary>Adds one record; per key the record with the latest as-of date is kept.</summary>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The record is of another level, its province is of another edition, or another record has the same province,
    /// period and as-of date (which one holds is ambiguous).
    /// </exception>
    public ElectronicIdTallyBuilder Add(ElectronicIdActivation record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Level != Level)
        {
            throw new ArgumentException($"The record must be of the builder's level ({Level}); it was {record.Level} ({record}).", nameof(record));
        }

        accumulator.CheckEdition(record.Province, nameof(record));
        if (accumulator.PeriodOf(record.AsOf) is not ReportingPeriod period)
        {
            accumulator.CountOutside();
            return this;
        }

        var latest = accumulator.At(record.Province, period, nameof(record));
        if (!latest.Dates.Add(record.AsOf))
        {
            throw new ArgumentException(
                $"The records must have distinct as-of dates per province and period; two are as of {Preconditions.Date(record.AsOf)} for {record.Province}.",
                nameof(record));
        }

        if (latest.Record is null || latest.Record.AsOf < record.AsOf)
        {
            latest.Record = record;
        }

        return this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public ElectronicIdTally Build() => new(Level, TallyTable<ElectronicIdCounts>.Create(
        accumulator.Entries.Select(e => KeyValuePair.Create(
            e.Key,
            new ElectronicIdCounts(e.Value.Record!.AccountsActivated, e.Value.Record.RecordsReceived, e.Value.Record.Target, e.Value.Record.AsOf, e.Value.Record.AsOf))),
        accumulator.Outside,
        "entries"));

    private sealed class Latest
    {
        public ElectronicIdActivation? Record { get; set; }

        public HashSet<DateOnly> Dates { get; } = [];
    }

    void IRecordCounter<ElectronicIdActivation, ElectronicIdTally>.Count(ElectronicIdActivation record) => Add(record);
}
