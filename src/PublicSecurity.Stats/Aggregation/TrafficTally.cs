namespace PublicSecurity.Stats.Aggregation;

/// <summary>Traffic accidents, deaths and injured per (province, period): a typed, mergeable tally.</summary>
/// <remarks>
/// Built by <see cref="TrafficTallyBuilder"/> from <see cref="Traffic.TrafficAccident"/> records or published counts. A key
/// present in the tally states its counts (zeros included); a key absent from it is missing, and reading it throws
/// rather than returning zero. Merging partial tallies from threads, files or database partitions is exact
/// (<see cref="Tally{TTally}"/>). Immutable and thread-safe.
/// </remarks>
public sealed class TrafficTally : Tally<TrafficTally>
{
    internal TrafficTally(TallyTable<TrafficCounts> table) : base(table, "traffic tally", static t => new TrafficTally((TallyTable<TrafficCounts>)t)) { }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static TrafficTally Empty { get; } = new(TallyTable<TrafficCounts>.Empty);

    /// <summary>Gets the counts of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public TrafficCounts Get(Province province, ReportingPeriod period) => Entry<TrafficCounts>(province, period);

    /// <summary>Tallies accident records over the given periods (see <see cref="TrafficTallyBuilder"/>).</summary>
    /// <param name="records">The accidents.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static TrafficTally Tally(IEnumerable<Traffic.TrafficAccident> records, IEnumerable<ReportingPeriod> periods) => Collect(records, () => new TrafficTallyBuilder(periods));

}
