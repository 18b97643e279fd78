using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Essential online public services provided in full and services required, per (province, period): a typed, mergeable stock tally.</summary>
/// <remarks>
/// <para>
/// Vietnamese: tỷ lệ triển khai dịch vụ công thiết yếu trực tuyến toàn trình (Đề án 06). Built by
/// <see cref="OnlineServiceTallyBuilder"/> from <see cref="OnlineServiceProvision"/> records; each key holds the
/// snapshot at the latest as-of date within its period, whose <see cref="ShareSnapshot.Share"/> is the services
/// provided in full (part) out of the services required (whole) — the figure a published "25 dịch vụ … đạt 100%" states.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums key by key, which is right for disjoint sub-populations, not for two
/// snapshots of the same province; <see cref="Tally{TTally}.RebaseTo34"/> sums each new unit's predecessors, so its
/// counts are (province, service) pairs — three predecessors of 25 required services each require 75 — and the share
/// is recomputed from the sums. See <see cref="ShareSnapshotTally{TTally}"/> for what all share tallies have.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class OnlineServiceTally : ShareSnapshotTally<OnlineServiceTally>
{
    private static readonly ShareLabels Labels = new(
        "ps-online-service-tally",
        ("Essential online public services provided in full", "Dịch vụ công thiết yếu cung cấp trực tuyến toàn trình"),
        ("Provided in full", "Toàn trình"),
        ("Required", "Phải cung cấp"));

    internal OnlineServiceTally(TallyTable<ShareSnapshot> table)
        : base(table, "online service tally", static t => new OnlineServiceTally((TallyTable<ShareSnapshot>)t), Labels)
    {
    }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static OnlineServiceTally Empty { get; } = new(TallyTable<ShareSnapshot>.Empty);

    /// <summary>Tallies online service records over the given periods (see <see cref="OnlineServiceTallyBuilder"/>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="periods"/> is empty, mixes calendars or overlaps; or a record mixes province editions, or has the
    /// same province, period and as-of date as another.
    /// </exception>
    public static OnlineServiceTally Tally(IEnumerable<OnlineServiceProvision> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new OnlineServiceTallyBuilder(periods));
}

/// <summary>Builds an <see cref="OnlineServiceTally"/> from online service records over requested periods of one calendar.</summary>
/// <remarks>
/// A record falls in the requested period that contains its as-of date; each key keeps the record with the latest
/// as-of date, and two records of one province, period and date are rejected. A record outside every period is
/// counted in <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe.
/// </remarks>
public sealed class OnlineServiceTallyBuilder : TallyBuilder<OnlineServiceTallyBuilder, OnlineServiceProvision, OnlineServiceTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public OnlineServiceTallyBuilder(IEnumerable<ReportingPeriod> periods)
        : base(ShareCounting.Counter<OnlineServiceProvision, OnlineServiceTally>(periods, static table => new OnlineServiceTally(table)))
    {
    }
}
