namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// A province's cumulative share counts (a part out of a whole) at the latest date within a period, or their sum over
/// several provinces: the entry of <see cref="ChipIdCardTally"/> and <see cref="OnlineServiceTally"/>.
/// </summary>
/// <remarks>
/// <para>
/// The counts are stocks (as of a date), not flows: a key holds the snapshot at the latest as-of date within its
/// period. Sums over provinces (re-basing onto the 34 units, merging disjoint partitions) add the parts and the wholes
/// and recompute the share from them — shares are never summed or averaged (DOMAIN.md, section 2); such sums may
/// combine snapshots of different dates, and <see cref="EarliestAsOf"/> and <see cref="LatestAsOf"/> say which.
/// </para>
/// <para>What the part and the whole count is said by the tally. Instances are immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class ShareSnapshot : IEquatable<ShareSnapshot>, ITallyEntry<ShareSnapshot>
{
    static ShareSnapshot ITallyEntry<ShareSnapshot>.Sum(ShareSnapshot left, ShareSnapshot right) => new(
        new Share(checked(left.Share.Part + right.Share.Part), checked(left.Share.Whole + right.Share.Whole)),
        left.Dates.Span(right.Dates));

    private ShareSnapshot(Share share, SnapshotDates dates) => (Share, Dates) = (share, dates);

    /// <summary>Gets the share: the part (numerator) and the whole (denominator), summed where provinces were summed.</summary>
    public Share Share { get; }

    /// <summary>Gets the earliest as-of date of the snapshots summed.</summary>
    public DateOnly EarliestAsOf => Dates.Earliest;

    /// <summary>Gets the latest as-of date of the snapshots summed; equal to <see cref="EarliestAsOf"/> for one snapshot.</summary>
    public DateOnly LatestAsOf => Dates.Latest;

    private SnapshotDates Dates { get; }

    /// <inheritdoc/>
    public bool Equals(ShareSnapshot? other) => other is not null && (other.Share, other.Dates) == (Share, Dates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShareSnapshot);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Share, Dates);

    /// <summary>Gets the counts in English, for example "25 of 25 (100.00%) as of 14/10/2023".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Share} as of {Dates}";

    /// <summary>The snapshot of one record.</summary>
    internal static ShareSnapshot Of(long part, long whole, DateOnly asOf) => new(new Share(part, whole), new SnapshotDates(asOf, asOf));

    /// <summary>Creates an entry read from outside (JSON): the record kind's rules on the counts, then the dates within the period.</summary>
    internal static ShareSnapshot Create(long part, long whole, Action<long, long> checkCounts, DateOnly earliestAsOf, DateOnly latestAsOf, ReportingPeriod period)
    {
        checkCounts(part, whole);
        return new ShareSnapshot(new Share(part, whole), SnapshotDates.Create(earliestAsOf, latestAsOf, period));
    }
}

/// <summary>The as-of dates of a stock entry: one snapshot's date, or the span of the snapshots summed.</summary>
/// <param name="Earliest">The earliest as-of date.</param>
/// <param name="Latest">The latest as-of date; not before <paramref name="Earliest"/>.</param>
internal readonly record struct SnapshotDates(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>Checks dates read from outside: ordered, and both within the key's period.</summary>
    public static SnapshotDates Create(DateOnly earliestAsOf, DateOnly latestAsOf, ReportingPeriod period)
    {
        if (latestAsOf < earliestAsOf)
        {
            throw new ArgumentOutOfRangeException(
                nameof(latestAsOf), $"The latest as-of date must not be before the earliest ({Preconditions.Date(earliestAsOf)}); it was {Preconditions.Date(latestAsOf)}.");
        }

        if (!period.Contains(earliestAsOf) || !period.Contains(latestAsOf))
        {
            throw new ArgumentOutOfRangeException(
                nameof(earliestAsOf),
                $"The as-of dates must lie in the period {period}; they were {Preconditions.Date(earliestAsOf)}–{Preconditions.Date(latestAsOf)}.");
        }

        return new SnapshotDates(earliestAsOf, latestAsOf);
    }

    /// <summary>The dates of a sum: from the earlier earliest to the later latest.</summary>
    public SnapshotDates Span(SnapshotDates other) => new(
        Earliest < other.Earliest ? Earliest : other.Earliest,
        Latest > other.Latest ? Latest : other.Latest);

    /// <summary>One date, or the span "01/11/2023–14/11/2023".</summary>
    public override string ToString() =>
        Earliest == Latest ? Preconditions.Date(Latest) : $"{Preconditions.Date(Earliest)}–{Preconditions.Date(Latest)}";
}
