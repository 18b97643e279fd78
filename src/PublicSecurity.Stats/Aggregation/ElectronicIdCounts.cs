using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>A province's cumulative e-ID figures for one level at the latest date within a period, or their sum over several provinces.</summary>
/// <remarks>
/// <para>
/// e-ID figures are stocks (cumulative as of a date), not flows: a key holds the snapshot at the latest as-of date
/// within its period. Sums over provinces (re-basing, merging disjoint partitions) may combine snapshots of
/// different dates; <see cref="EarliestAsOf"/> and <see cref="LatestAsOf"/> say which.
/// </para>
/// <para>
/// A figure that is missing for any part of a sum is missing for the sum (<see langword="null"/>), never zero.
/// Instances are immutable and thread-safe; equality compares every member.
/// </para>
/// </remarks>
public sealed class ElectronicIdCounts : IEquatable<ElectronicIdCounts>, ITallyEntry<ElectronicIdCounts>
{
    static ElectronicIdCounts ITallyEntry<ElectronicIdCounts>.Sum(ElectronicIdCounts left, ElectronicIdCounts right) => left.Add(right);

    internal ElectronicIdCounts(long accountsActivated, long? recordsReceived, long? target, DateOnly earliestAsOf, DateOnly latestAsOf)
    {
        (AccountsActivated, RecordsReceived, Target, EarliestAsOf, LatestAsOf) = (accountsActivated, recordsReceived, target, earliestAsOf, latestAsOf);
    }

    /// <summary>Gets the accounts activated, cumulative.</summary>
    public long AccountsActivated { get; }

    /// <summary>Gets the records received, cumulative, or <see langword="null"/> when not known for every part.</summary>
    public long? RecordsReceived { get; }

    /// <summary>Gets the assigned target, or <see langword="null"/> when not known for every part.</summary>
    public long? Target { get; }

    /// <summary>Gets the earliest as-of date of the snapshots summed.</summary>
    public DateOnly EarliestAsOf { get; }

    /// <summary>Gets the latest as-of date of the snapshots summed; equal to <see cref="EarliestAsOf"/> for one snapshot.</summary>
    public DateOnly LatestAsOf { get; }

    /// <inheritdoc/>
    public bool Equals(ElectronicIdCounts? other) =>
        other is not null
        && (other.AccountsActivated, other.RecordsReceived, other.Target, other.EarliestAsOf, other.LatestAsOf) == (AccountsActivated, RecordsReceived, Target, EarliestAsOf, LatestAsOf);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectronicIdCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AccountsActivated, RecordsReceived, Target, EarliestAsOf, LatestAsOf);

    /// <summary>Gets the counts in English, for example "1638237 activated as of 15/01/2024".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Preconditions.Number(AccountsActivated)} activated as of {Dates}";

    private SnapshotDates Dates => new(EarliestAsOf, LatestAsOf);

    internal static ElectronicIdCounts Create(long accountsActivated, long? recordsReceived, long? target, DateOnly earliestAsOf, DateOnly latestAsOf, ReportingPeriod period)
    {
        ElectronicIdActivation.CheckCounts(recordsReceived, accountsActivated, target);
        var dates = SnapshotDates.Create(earliestAsOf, latestAsOf, period);
        return new ElectronicIdCounts(accountsActivated, recordsReceived, target, dates.Earliest, dates.Latest);
    }

    internal ElectronicIdCounts Add(ElectronicIdCounts other) => new(
        checked(AccountsActivated + other.AccountsActivated),
        RecordsReceived is long a && other.RecordsReceived is long b ? checked(a + b) : null,
        Target is long x && other.Target is long y ? checked(x + y) : null,
        Dates.Span(other.Dates).Earliest,
        Dates.Span(other.Dates).Latest);
}
