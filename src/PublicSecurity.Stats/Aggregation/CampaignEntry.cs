using PublicSecurity.Stats.Campaigns;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>The counts of one key of a <see cref="CampaignTally"/>.</summary>
internal readonly record struct CampaignEntry(long PeakCrackdown, long FugitiveArrestAndSurrender) : ITallyEntry<CampaignEntry>
{
    static CampaignEntry ITallyEntry<CampaignEntry>.Sum(CampaignEntry left, CampaignEntry right) => left.Add(right);

    public static CampaignEntry Create(long peakCrackdown, long fugitiveArrestAndSurrender) =>
        new(Preconditions.NotNegative(peakCrackdown, nameof(peakCrackdown)), Preconditions.NotNegative(fugitiveArrestAndSurrender, nameof(fugitiveArrestAndSurrender)));

    public long Of(CampaignKind kind) => kind == CampaignKind.PeakCrackdown ? PeakCrackdown : FugitiveArrestAndSurrender;

    public CampaignEntry Add(CampaignEntry other) =>
        new(checked(PeakCrackdown + other.PeakCrackdown), checked(FugitiveArrestAndSurrender + other.FugitiveArrestAndSurrender));
}
