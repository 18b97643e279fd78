using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Chip-based ID cards issued and residents eligible, cumulative, per (province, period): a typed, mergeable stock tally.</summary>
/// <remarks>
/// <para>
/// Vietnamese: tỷ lệ cấp thẻ căn cước công dân gắn chíp. Built by <see cref="ChipIdCardTallyBuilder"/> from
/// <see cref="ChipIdCardIssuance"/> records; each key holds the snapshot at the latest as-of date within its period,
/// whose <see cref="ShareSnapshot.Share"/> is cards issued (part) out of eligible residents (whole) — the figure a
/// published "đạt 100%" states.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums key by key, which is right for disjoint sub-populations (partitions by
/// province or district), not for two snapshots of the same population; <see cref="Tally{TTally}.RebaseTo34"/> sums
/// each new unit's predecessors (cards and residents), and the share is recomputed from the sums. See
/// <see cref="ShareSnapshotTally{TTally}"/> for what all share tallies have. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ChipIdCardTally : ShareSnapshotTally<ChipIdCardTally>
{
    private static readonly ShareLabels Labels = new(
        "ps-chip-id-tally",
        ("Chip-based ID cards issued", "Cấp thẻ căn cước công dân gắn chíp"),
        ("Cards issued", "Đã cấp thẻ"),
        ("Eligible residents", "Người đủ điều kiện"));

    internal ChipIdCardTally(TallyTable<ShareSnapshot> table)
        : base(table, "chip ID card tally", static t => new ChipIdCardTally((TallyTable<ShareSnapshot>)t), Labels)
    {
    }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static ChipIdCardTally Empty { get; } = new(TallyTable<ShareSnapshot>.Empty);

    /// <summary>Tallies chip ID card records over the given periods (see <see cref="ChipIdCardTallyBuilder"/>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="periods"/> is empty, mixes calendars or overlaps; or a record mixes province editions, or has the
    /// same province, period and as-of date as another.
    /// </exception>
    public static ChipIdCardTally Tally(IEnumerable<ChipIdCardIssuance> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new ChipIdCardTallyBuilder(periods));
}

/// <summary>Builds a <see cref="ChipIdCardTally"/> from chip ID card records over requested periods of one calendar.</summary>
/// <remarks>
/// A record falls in the requested period that contains its as-of date; each key keeps the record with the latest
/// as-of date, and two records of one province, period and date are rejected. A record outside every period is
/// counted in <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe.
/// </remarks>
public sealed class ChipIdCardTallyBuilder : TallyBuilder<ChipIdCardTallyBuilder, ChipIdCardIssuance, ChipIdCardTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public ChipIdCardTallyBuilder(IEnumerable<ReportingPeriod> periods)
        : base(ShareCounting.Counter<ChipIdCardIssuance, ChipIdCardTally>(periods, static table => new ChipIdCardTally(table)))
    {
    }
}
