using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The counts of one key of a stock tally (figures cumulative as of a date): the record with the latest as-of date
/// within the key's period, and every as-of date seen, so that two records of one date are caught whatever their order.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal sealed class LatestSnapshot<TRecord>
    where TRecord : class
{
    private readonly HashSet<DateOnly> dates = [];

    /// <summary>Gets the kept record, or null before the first.</summary>
    public TRecord? Record { get; private set; }

    private DateOnly AsOf { get; set; }

    /// <summary>Gets the kept record; a stock key exists only once a record is counted in it.</summary>
    public TRecord Kept => Record ?? throw new InvalidOperationException("A stock tally's key has no record: no snapshot is not a zero snapshot.");

    /// <summary>
    /// Counts a record into the key of its province and as-of date (or outside), keeping the latest; a second record
    /// with the same province, period and as-of date is ambiguous and rejected.
    /// </summary>
    public static void Keep<TEntry, TTally>(TallyAccumulator<TRecord, LatestSnapshot<TRecord>, TEntry, TTally> counts, TRecord record, Province province, DateOnly asOf)
        where TEntry : notnull, ITallyEntry<TEntry>
        where TTally : Tally<TTally>
    {
        if (counts.Slot(province, asOf, nameof(record)) is not LatestSnapshot<TRecord> latest)
        {
            return;
        }

        if (!latest.dates.Add(asOf))
        {
            throw new ArgumentException(
                $"The records must have distinct as-of dates per province and period; two are as of {Preconditions.Date(asOf)} for {province}.",
                nameof(record));
        }

        if (latest.Record is null || latest.AsOf < asOf)
        {
            (latest.Record, latest.AsOf) = (record, asOf);
        }
    }

    /// <summary>
    /// The counting engine of a stock tally: each key keeps its latest record, and no key is made without a record —
    /// inside a declared coverage a province with no snapshot stays missing, since no snapshot is not a zero stock.
    /// </summary>
    public static TallyAccumulator<TRecord, LatestSnapshot<TRecord>, TEntry, TTally> Counter<TEntry, TTally>(
        IEnumerable<ReportingPeriod> periods,
        Func<TRecord, TEntry> entry,
        Action<TallyAccumulator<TRecord, LatestSnapshot<TRecord>, TEntry, TTally>, TRecord> count,
        Func<TallyTable<TEntry>, TTally> create)
        where TEntry : notnull, ITallyEntry<TEntry>
        where TTally : Tally<TTally> =>
        new(periods, null, new(static (_, _) => new LatestSnapshot<TRecord>(), latest => entry(latest.Kept), count, create, IsStock: true));
}

/// <summary>The counting engine of the share tallies (<see cref="ShareSnapshotTally{TTally}"/>): each key keeps the share of its latest record.</summary>
internal static class ShareCounting
{
    /// <summary>Starts the engine of a share tally over the requested periods; <paramref name="create"/> wraps the finished table.</summary>
    public static TallyAccumulator<TRecord, LatestSnapshot<TRecord>, ShareSnapshot, TTally> Counter<TRecord, TTally>(
        IEnumerable<ReportingPeriod> periods, Func<TallyTable<ShareSnapshot>, TTally> create)
        where TRecord : ShareFigure
        where TTally : Tally<TTally> =>
        LatestSnapshot<TRecord>.Counter<ShareSnapshot, TTally>(
            periods,
            static record => ShareSnapshot.Of(record.Part, record.Whole, record.AsOf),
            static (counts, record) => LatestSnapshot<TRecord>.Keep(counts, record, record.Province, record.AsOf),
            create);
}
