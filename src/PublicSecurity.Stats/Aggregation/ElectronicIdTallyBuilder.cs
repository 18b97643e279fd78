using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds an <see cref="ElectronicIdTally"/> from e-ID records of one level, over requested periods of one calendar.</summary>
/// <remarks>
/// A record falls in the requested period that contains its as-of date; each key keeps the record with the latest
/// as-of date. A record outside every period is counted in <see cref="Tally{TTally}.Outside"/>, never dropped
/// silently. The builder is not thread-safe.
/// </remarks>
public sealed class ElectronicIdTallyBuilder : TallyBuilder<ElectronicIdTallyBuilder, ElectronicIdActivation, ElectronicIdTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="level">The account level counted; records of the other level are rejected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public ElectronicIdTallyBuilder(IEnumerable<ReportingPeriod> periods, ElectronicIdLevel level = ElectronicIdLevel.Level2)
        : this(Preconditions.Defined(level, nameof(level)), periods)
    {
    }

    private ElectronicIdTallyBuilder(ElectronicIdLevel level, IEnumerable<ReportingPeriod> periods)
        : base(LatestSnapshot<ElectronicIdActivation>.Counter<ElectronicIdCounts, ElectronicIdTally>(
            periods,
            static r => new ElectronicIdCounts(r.AccountsActivated, r.RecordsReceived, r.Target, r.AsOf, r.AsOf),
            (counts, record) => Keep(counts, record, level),
            table => new ElectronicIdTally(level, table))) => Level = level;

    /// <summary>Gets the account level counted.</summary>
    public ElectronicIdLevel Level { get; }

    /// <summary>Keeps, per key, the record with the latest as-of date, after checking its level.</summary>
    private static void Keep(TallyAccumulator<ElectronicIdActivation, LatestSnapshot<ElectronicIdActivation>, ElectronicIdCounts, ElectronicIdTally> counts, ElectronicIdActivation record, ElectronicIdLevel level)
    {
        if (record.Level != level)
        {
            throw new ArgumentException($"The record must be of the builder's level ({level}); it was {record.Level} ({record}).", nameof(record));
        }

        LatestSnapshot<ElectronicIdActivation>.Keep(counts, record, record.Province, record.AsOf);
    }
}
