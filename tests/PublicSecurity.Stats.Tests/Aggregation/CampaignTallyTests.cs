using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class CampaignTallyTests
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    [Fact]
    public void Tally_CampaignsCountInThePeriodOfTheirStart_UndatedOnesOutside()
    {
        var t = CampaignTally.Tally(
        [
            CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(1, 3, 2023), D(31, 3, 2023)),
            CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(10, 10, 2023), D(30, 11, 2023)),
            CrackdownCampaign.Create(CampaignKind.FugitiveArrestAndSurrender, BinhDuong, D(1, 5, 2023), null),
            CrackdownCampaign.Create(CampaignKind.FugitiveArrestAndSurrender, BinhDuong, null, D(1, 5, 2023)),
            CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(20, 10, 2023), null),
        ],
            [Window]);

        Assert.Equal(2, t.Count(BinhDuong, Window, CampaignKind.PeakCrackdown));
        Assert.Equal(1, t.Count(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender));
        Assert.Equal(2, t.Outside);
    }

    [Fact]
    public void Builder_PublishedCounts_SevenAndThree()
    {
        var t = new CampaignTallyBuilder([Window]).Add(BinhDuong, Window, CampaignKind.PeakCrackdown, 7).Add(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender, 3).Build();

        Assert.Equal(7, t.Count(BinhDuong, Window, CampaignKind.PeakCrackdown));
        Assert.Equal(3, t.Count(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender));
        Assert.Equal("Campaign tally: 1 keys, 0 outside", t.ToString());
    }

    [Fact]
    public void Builder_InvalidArguments_Throw()
    {
        var builder = new CampaignTallyBuilder([Window]);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, CampaignKind.PeakCrackdown, -7));

        Assert.Equal("count", negative.ParamName);
        Assert.Contains("must not be negative; it was -7", negative.Message, StringComparison.Ordinal);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, (CampaignKind)3, 1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new CampaignTallyBuilder([Window], [BinhDuong]).Build().Count(BinhDuong, Window, (CampaignKind)3)).ParamName);
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
    }

    [Fact]
    public void MergeAndRebase_Sum()
    {
        var a = new CampaignTallyBuilder([Window]).Add(BinhDuong, Window, CampaignKind.PeakCrackdown, 7).Build();
        var b = new CampaignTallyBuilder([Window], [BinhDuong, BaRiaVungTau, HoChiMinh63]).Add(HoChiMinh63, Window, CampaignKind.PeakCrackdown, 5).Build();

        var rebased = a.Merge(b).RebaseTo34();

        Assert.Equal(12, rebased.Count(HoChiMinh34, Window, CampaignKind.PeakCrackdown));
        Assert.Equal(0, rebased.Count(HoChiMinh34, Window, CampaignKind.FugitiveArrestAndSurrender));
        Assert.Same(a, CampaignTally.Empty.Merge(a));
    }
}
