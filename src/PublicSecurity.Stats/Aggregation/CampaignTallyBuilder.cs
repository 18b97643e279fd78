namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds a <see cref="CampaignTally"/> from campaign records or published counts.</summary>
/// <remarks>
/// A campaign is counted in the requested period that contains its start date; one with no start date is counted in
/// <see cref="Tally{TTally}.Outside"/>, like one that starts outside every period. Not thread-safe.
/// </remarks>
public sealed class CampaignTallyBuilder : TallyBuilder<CampaignTallyBuilder, Campaigns.CrackdownCampaign, CampaignTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no campaign; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions or names a province twice.</exception>
    public CampaignTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<Campaigns.CrackdownCampaign, long[], CampaignEntry, CampaignTally>(periods, provinces, new(
            static (_, _) => new long[2],
            static c => new CampaignEntry(c[0], c[1]),
            static (counts, campaign) => Add(counts.Slot(campaign.Province, campaign.Start, "record"), campaign.Kind, 1),
            static table => new CampaignTally(table))))
    {
    }

    /// <summary>Adds a published or pre-aggregated count of campaigns to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="kind">The kind of campaign.</param>
    /// <param name="count">The number of campaigns; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined or <paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a requested period, or the province is of another edition.</exception>
    public CampaignTallyBuilder Add(Province province, ReportingPeriod period, Campaigns.CampaignKind kind, long count)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(kind, nameof(kind));
        Preconditions.NotNegative(count, nameof(count));
        Add(Slot<long[]>(province, period), kind, count);
        return this;
    }

    private static void Add(long[]? counts, Campaigns.CampaignKind kind, long count)
    {
        if (counts is not null)
        {
            counts[(int)kind] = checked(counts[(int)kind] + count);
        }
    }
}
