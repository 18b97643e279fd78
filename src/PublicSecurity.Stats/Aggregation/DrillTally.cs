namespace PublicSecurity.Stats.Aggregation;

/// <summary>Drills and training classes held, with participant-attendances, per (province, period) and kind: a typed, mergeable tally.</summary>
/// <remarks>
/// Built by <see cref="DrillTallyBuilder"/> from <see cref="FireRescue.Drill"/> records or published counts. Keys, merging and
/// re-basing are those of every tally (<see cref="Tally{TTally}"/>); a key absent from the tally is missing, and reading
/// it throws rather than returning zero. Immutable and thread-safe.
/// </remarks>
public sealed class DrillTally : Tally<DrillTally>
{
    internal DrillTally(TallyTable<DrillEntry> table) : base(table, "drill tally", static t => new DrillTally((TallyTable<DrillEntry>)t)) { }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static DrillTally Empty { get; } = new(TallyTable<DrillEntry>.Empty);

    /// <summary>Gets the drills of one kind held by a province in a period, with their attendances.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of drill or class.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public DrillCounts Get(Province province, ReportingPeriod period, FireRescue.DrillKind kind)
    {
        Preconditions.Defined(kind, nameof(kind));
        return Entry<DrillEntry>(province, period).Of(kind);
    }

    /// <summary>Tallies drill records over the given periods (see <see cref="DrillTallyBuilder"/>).</summary>
    /// <param name="records">The drills.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static DrillTally Tally(IEnumerable<FireRescue.Drill> records, IEnumerable<ReportingPeriod> periods) => Collect(records, () => new DrillTallyBuilder(periods));

}
