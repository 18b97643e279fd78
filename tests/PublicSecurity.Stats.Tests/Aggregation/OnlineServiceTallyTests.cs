using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class OnlineServiceTallyTests
{
    // First 10 months of 2023 = 15/12/2022–14/10/2023.
    private static readonly ReportingPeriod TenMonths = Vn.FirstMonths(2023, 10);

    private static OnlineServiceProvision R(DateOnly asOf, long inFull, long required = 25, Province? p = null) => OnlineServiceProvision.Create(p ?? BinhDuong, asOf, inFull, required);

    // The seed's "25 dịch vụ công thiết yếu đạt 100%" for Bình Dương; the neighbours' counts are illustrative.
    private static readonly OnlineServiceProvision[] Records =
    [
        R(D(30, 6, 2023), 22),
        R(D(14, 10, 2023), 25),
        R(D(14, 10, 2023), 23, p: BaRiaVungTau),
        R(D(10, 10, 2023), 25, p: HoChiMinh63),
        R(D(15, 10, 2023), 25),
    ];

    [Fact]
    public void Tally_TheSeedFigure_Is25Of25AndWhole()
    {
        var t = OnlineServiceTally.Tally(Records, [TenMonths]);

        var bd = t.Share(BinhDuong, TenMonths);
        Assert.Equal(25, bd.Part);
        Assert.Equal(25, bd.Whole);
        Assert.True(bd.IsWhole);
        Assert.Equal(D(14, 10, 2023), t.Get(BinhDuong, TenMonths).LatestAsOf);

        // 23 / 25 = 92%.
        Assert.Equal(0.92, t.Share(BaRiaVungTau, TenMonths).Fraction);
        Assert.False(t.Share(BaRiaVungTau, TenMonths).IsWhole);
        Assert.Equal(1, t.Outside);
        Assert.Equal("Online service tally: 3 keys, 1 outside", t.ToString());
    }

    [Fact]
    public void RebaseTo34_CountsProvinceServicePairs_AndRecomputesTheShare()
    {
        var c = OnlineServiceTally.Tally(Records, [TenMonths]).RebaseTo34().Get(HoChiMinh34, TenMonths);

        // 25 + 23 + 25 = 73 of 3 × 25 = 75 (province, service) pairs: 97.33%.
        Assert.Equal(Share.Create(73, 75), c.Share);
        Assert.Equal("73 of 75 (97.33%) as of 10/10/2023–14/10/2023", c.ToString());
    }

    [Fact]
    public void Merge_DisjointPartitions_EqualsTheTallyOfAll_AndEmptyIsTheIdentity()
    {
        var whole = OnlineServiceTally.Tally(Records, [TenMonths]);

        var merged = OnlineServiceTally.Tally(Records[2..], [TenMonths]).Merge(OnlineServiceTally.Tally(Records[..2], [TenMonths]));

        Assert.Equal(whole, merged);
        Assert.Equal(whole, whole.Merge(OnlineServiceTally.Empty));
        Assert.NotEqual(whole, OnlineServiceTally.Tally(Records[..2], [TenMonths]));
    }

    [Fact]
    public void Builder_TwoRecordsOfOneDate_ThrowsNamingTheRecord()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OnlineServiceTallyBuilder([TenMonths]).Add(R(D(14, 10, 2023), 25)).Add(R(D(14, 10, 2023), 24)));

        Assert.Equal("record", ex.ParamName);
        Assert.Contains("two are as of 14/10/2023 for Bình Dương", ex.Message, StringComparison.Ordinal);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => new OnlineServiceTallyBuilder([])).ParamName);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_Tally_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var t = OnlineServiceTally.Tally(Records, [TenMonths]);

        Snapshot.Verify(t.ToString(language), "txt", lang);
        Snapshot.Verify(t.ToMarkdown(language), "md", lang);
        Snapshot.Verify(t.ToHtml(language), "html", lang);
    }
}
