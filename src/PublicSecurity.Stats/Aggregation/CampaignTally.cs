namespace PublicSecurity.Stats.Aggregation;

/// <summary>Crackdown campaigns opened per (province, period) and kind: a typed, mergeable tally.</summary>
/// <remarks>
/// Built by <see cref="CampaignTallyBuilder"/> from <see cref="Campaigns.CrackdownCampaign"/> records (a campaign counts in the
/// period that contains its start) or from published counts ("mở 7 đợt cao điểm"). Keys, merging and re-basing are
/// those of every tally (<see cref="Tally{TTally}"/>); a key absent from the tally is missing, and reading it throws
/// rather than returning zero. Immutable and thread-safe.
/// </remarks>
public sealed class CampaignTally : Tally<CampaignTally>
{
    internal CampaignTally(TallyTable<CampaignEntry> table) : base(table, "campaign tally", static t => new CampaignTally((TallyTable<CampaignEntry>)t)) { }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static CampaignTally Empty { get; } = new(TallyTable<CampaignEntry>.Empty);

    /// <summary>Tallies campaign records over the given periods (see <see cref="CampaignTallyBuilder"/>).</summary>
    /// <param name="records">The campaigns.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static CampaignTally Tally(IEnumerable<Campaigns.CrackdownCampaign> records, IEnumerable<ReportingPeriod> periods) => Collect(records, () => new CampaignTallyBuilder(periods));

    /// <summary>Gets the number of campaigns of a kind opened by a province in a period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of campaign.</param>
    /// <returns>The number of campaigns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long Count(Province province, ReportingPeriod period, Campaigns.CampaignKind kind)
    {
        Preconditions.Defined(kind, nameof(kind));
        return Entry<CampaignEntry>(province, period).Of(kind);
    }

}
