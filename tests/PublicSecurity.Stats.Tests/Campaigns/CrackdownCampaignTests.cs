using PublicSecurity.Stats.Campaigns;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Campaigns;

public sealed class CrackdownCampaignTests
{
    [Fact]
    public void Create_ValidCampaign_KeepsEveryMember()
    {
        var c = CampaignRecord();

        Assert.Equal(CampaignKind.PeakCrackdown, c.Kind);
        Assert.Equal(BinhDuong, c.Province);
        Assert.Equal(D(1, 3, 2023), c.Start);
        Assert.Equal(D(31, 3, 2023), c.End);
        Assert.Equal(c, CampaignRecord());
        Assert.Equal(c.GetHashCode(), CampaignRecord().GetHashCode());
        Assert.Equal("PeakCrackdown, Bình Dương (74, 63-unit edition), 01/03/2023–31/03/2023", c.ToString());
    }

    [Fact]
    public void Create_UnknownDates_StayNull()
    {
        var c = CrackdownCampaign.Create(CampaignKind.FugitiveArrestAndSurrender, BinhDuong, null, null);

        Assert.Null(c.Start);
        Assert.Null(c.End);
        Assert.Equal("FugitiveArrestAndSurrender, Bình Dương (74, 63-unit edition), ?–?", c.ToString());
        Assert.Equal(D(5, 5, 2023), CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, null, D(5, 5, 2023)).End);
    }

    [Fact]
    public void Create_EndBeforeStart_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(10, 3, 2023), D(9, 3, 2023)));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("must not be before the start (10/03/2023); it was 09/03/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedKindOrNullProvince_Throws()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => CrackdownCampaign.Create((CampaignKind)2, BinhDuong, null, null)).ParamName);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => CrackdownCampaign.Create(CampaignKind.PeakCrackdown, null!, null, null)).ParamName);
    }
}
