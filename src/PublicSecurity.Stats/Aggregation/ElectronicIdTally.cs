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
    internal ElectronicIdTally(ElectronicIdLevel? level, TallyTable<ElectronicIdCounts> table)
        : base(table, "e-ID tally", static t => new ElectronicIdTally(null, (TallyTable<ElectronicIdCounts>)t)) => Level = table.Count == 0 ? null : level;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static ElectronicIdTally Empty { get; } = new(null, TallyTable<ElectronicIdCounts>.Empty);

    /// <summary>Gets the account level counted, or <see langword="null"/> when the tally has no keys.</summary>
    public ElectronicIdLevel? Level { get; }

    /// <summary>Gets the snapshot of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public ElectronicIdCounts Get(Province province, ReportingPeriod period) => Entry<ElectronicIdCounts>(province, period);

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
