
namespace PublicSecurity.Stats.Campaigns;

/// <summary>The kind of crackdown campaign.</summary>
/// <remarks><c>default</c> is <see cref="PeakCrackdown"/>.</remarks>
public enum CampaignKind
{
    /// <summary>A peak crackdown on crime (đợt cao điểm tấn công, trấn áp tội phạm).</summary>
    PeakCrackdown = 0,

    /// <summary>A campaign to arrest wanted fugitives or persuade them to surrender (đợt cao điểm bắt, vận động đối tượng truy nã ra đầu thú).</summary>
    FugitiveArrestAndSurrender = 1,
}
