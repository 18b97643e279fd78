using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>The rules every tally and builder shares, checked once per type.</summary>
public sealed class TallyRulesTests
{
    private static readonly ReportingPeriod Jan = Vn.Month(2023, 1);
    private static readonly ReportingPeriod Feb = Vn.Month(2023, 2);

    [Fact]
    public void TallyKey_NullMembers_ThrowArgumentNull_AndKeysOrderByProvinceThenPeriod()
    {
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => new TallyKey(null!, Jan)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new TallyKey(BinhDuong, null!)).ParamName);

        var a = new TallyKey(HaNoi63, Feb);
        var b = new TallyKey(BinhDuong, Jan);
        var c = new TallyKey(BinhDuong, Feb);

        Assert.True(a < b && b < c && c > a && b <= new TallyKey(BinhDuong, Jan) && c >= b);
        Assert.True(b == new TallyKey(BinhDuong, Jan));
        Assert.True(b != c);
        Assert.True(b.Equals((object)new TallyKey(BinhDuong, Jan)));
        Assert.Equal(b.GetHashCode(), new TallyKey(BinhDuong, Jan).GetHashCode());
        Assert.Equal("Bình Dương (74, 63-unit edition), January 2023 (15/12/2022–14/01/2023)", b.ToString());
    }

    [Fact]
    public void Builders_ProvincesOfTwoEditions_ThrowNamingBoth()
    {
        Province[] mixed = [BinhDuong, HoChiMinh34];

        Assert.Equal("provinces", Assert.Throws<ArgumentException>(() => new CaseTallyBuilder([Jan], mixed)).ParamName);
        Assert.Equal("provinces", Assert.Throws<ArgumentException>(() => new TrafficTallyBuilder([Jan], mixed)).ParamName);
        Assert.Equal("provinces", Assert.Throws<ArgumentException>(() => new DrillTallyBuilder([Jan], mixed)).ParamName);
        Assert.Equal("provinces", Assert.Throws<ArgumentException>(() => new DrugSeizureTallyBuilder([Jan], mixed)).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => new CampaignTallyBuilder([Jan], mixed));
        Assert.Contains("one edition (63-unit edition, as Bình Dương (74, 63-unit edition)); it was Hồ Chí Minh (79, 34-unit edition)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_CountsForAPeriodNotRequested_Throw()
    {
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new DrillTallyBuilder([Jan]).Add(BinhDuong, Feb, DrillKind.TrainingClass, 1, 1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new DrugSeizureTallyBuilder([Jan]).Add(BinhDuong, Feb, 1, 1, [], 0, 0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new CampaignTallyBuilder([Jan]).Add(BinhDuong, Feb, CampaignKind.PeakCrackdown, 1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new CampaignTallyBuilder([Jan]).Add(BinhDuong, null!, CampaignKind.PeakCrackdown, 1)).ParamName);
    }

    [Fact]
    public void Builders_RecordOfAnotherEdition_Throw()
    {
        var builder = new TrafficTallyBuilder([Jan], [HoChiMinh34]);

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(AccidentRecord()));

        Assert.Equal("record", ex.ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentException>(() => new DrillTallyBuilder([Jan], [HoChiMinh34]).Add(DrillRecord())).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentException>(() => new DrugSeizureTallyBuilder([Jan], [HoChiMinh34]).Add(SeizureRecord())).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentException>(() => new CampaignTallyBuilder([Jan], [HoChiMinh34]).Add(CampaignRecord())).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentException>(() => new ElectronicIdTallyBuilder([Vn.Year(2024)]).Add(ElectronicIdActivation.Create(HoChiMinh34, ElectronicIdLevel.Level2, D(1, 1, 2024), null, 1)).Add(ActivationRecord())).ParamName);
    }

    [Fact]
    public void Tallies_ContainsWithNulls_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => TrafficTally.Empty.Contains(null!, Jan));
        Assert.Throws<ArgumentNullException>(() => DrillTally.Empty.Contains(BinhDuong, null!));
        Assert.Throws<ArgumentNullException>(() => CampaignTally.Empty.Count(null!, Jan, CampaignKind.PeakCrackdown));
        Assert.Throws<ArgumentNullException>(() => DrugSeizureTally.Empty.Get(null!, Jan));
        Assert.Throws<ArgumentNullException>(() => ElectronicIdTally.Empty.Merge(null!));
    }

    [Fact]
    public void Tallies_MergeAcrossEditions_ThrowForEveryType()
    {
        var old = new TrafficTallyBuilder([Jan]).Add(BinhDuong, Jan, 1, 0, 0).Build();
        var current = new TrafficTallyBuilder([Jan]).Add(HoChiMinh34, Jan, 1, 0, 0).Build();

        Assert.Contains("re-base the 63-unit tally first", Assert.Throws<ArgumentException>(() => old.Merge(current)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DrillTallyBuilder([Jan], [BinhDuong]).Build().Merge(new DrillTallyBuilder([Jan], [HoChiMinh34]).Build()));
        Assert.Throws<ArgumentException>(() => new CampaignTallyBuilder([Jan], [BinhDuong]).Build().Merge(new CampaignTallyBuilder([Jan], [HoChiMinh34]).Build()));
        Assert.Throws<ArgumentException>(() => new DrugSeizureTallyBuilder([Jan], [BinhDuong]).Build().Merge(new DrugSeizureTallyBuilder([Jan], [HoChiMinh34]).Build()));
    }

    [Fact]
    public void ProvinceCatalog_AllAndTryFindWithUndefinedEdition_Throw()
    {
        Assert.Equal("edition", Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.All((ProvinceEdition)3)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.TryFind((ProvinceEdition)3, "01", out _)).ParamName);
    }
}
