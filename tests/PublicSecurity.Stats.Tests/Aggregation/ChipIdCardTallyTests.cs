using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class ChipIdCardTallyTests
{
    // Year 2023 = 15/12/2022–14/12/2023; year 2024 = 15/12/2023–14/12/2024.
    private static readonly ReportingPeriod Year2023 = Vn.Year(2023);
    private static readonly ReportingPeriod Year2024 = Vn.Year(2024);

    private static ChipIdCardIssuance R(DateOnly asOf, long issued, long eligible, Province? p = null) => ChipIdCardIssuance.Create(p ?? BinhDuong, asOf, issued, eligible);

    // Illustrative counts (the seed gives the share only): Bình Dương completes on 22/05/2023.
    private static readonly ChipIdCardIssuance[] Records =
    [
        R(D(30, 4, 2023), 1_900_000, 2_000_000),
        R(D(22, 5, 2023), 2_000_000, 2_000_000),
        R(D(31, 5, 2023), 850_000, 900_000, BaRiaVungTau),
        R(D(20, 5, 2023), 7_000_000, 7_100_000, HoChiMinh63),
        R(D(10, 1, 2024), 2_010_000, 2_010_000),
        R(D(1, 1, 2020), 1, 1),
    ];

    [Fact]
    public void Tally_Stocks_KeepTheLatestSnapshotPerKeyWithItsShare()
    {
        var t = ChipIdCardTally.Tally(Records, [Year2023, Year2024]);

        var bd = t.Get(BinhDuong, Year2023);
        Assert.Equal(Share.Create(2_000_000, 2_000_000), bd.Share);
        Assert.True(t.Share(BinhDuong, Year2023).IsWhole);
        Assert.Equal(D(22, 5, 2023), bd.EarliestAsOf);
        Assert.Equal(D(22, 5, 2023), bd.LatestAsOf);
        Assert.Equal("2,000,000 of 2,000,000 (100.00%) as of 22/05/2023", bd.ToString());
        Assert.Equal(2_010_000, t.Share(BinhDuong, Year2024).Part);

        // 850,000 / 900,000 = 94.44%.
        Assert.Equal(850_000.0 / 900_000.0, t.Share(BaRiaVungTau, Year2023).Fraction);
        Assert.Equal(1, t.Outside);
        Assert.Equal(4, t.Keys.Count);
        Assert.Equal("Chip ID card tally: 4 keys, 1 outside", t.ToString());
    }

    [Fact]
    public void RebaseTo34_SumsCardsAndResidents_AndRecomputesTheShareNeverAveragingIt()
    {
        var t = ChipIdCardTally.Tally(Records, [Year2023]);

        var hcm = t.RebaseTo34().Get(HoChiMinh34, Year2023);

        // 2,000,000 + 850,000 + 7,000,000 = 9,850,000 of 2,000,000 + 900,000 + 7,100,000 = 10,000,000: 98.50%,
        // not the mean of the three shares (100% + 94.44% + 98.59%) / 3 = 97.68%.
        Assert.Equal(Share.Create(9_850_000, 10_000_000), hcm.Share);
        Assert.Equal(0.985, hcm.Share.Fraction);
        Assert.Equal(D(20, 5, 2023), hcm.EarliestAsOf);
        Assert.Equal(D(31, 5, 2023), hcm.LatestAsOf);
        Assert.Equal("9,850,000 of 10,000,000 (98.50%) as of 20/05/2023–31/05/2023", hcm.ToString());
    }

    [Fact]
    public void RebaseTo34_APredecessorMissing_ThrowsRatherThanCountingItAsZero()
    {
        var t = ChipIdCardTally.Tally([R(D(22, 5, 2023), 2_000_000, 2_000_000)], [Year2023]);

        var ex = Assert.Throws<InvalidOperationException>(() => t.RebaseTo34());

        Assert.Contains("Re-basing the chip ID card tally onto the 34 units needs every predecessor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DisjointPartitions_EqualsTheTallyOfAll_AndEmptyIsTheIdentity()
    {
        var whole = ChipIdCardTally.Tally(Records, [Year2023, Year2024]);

        var merged = ChipIdCardTally.Tally(Records[..2], [Year2023, Year2024]).Merge(ChipIdCardTally.Tally(Records[2..], [Year2023, Year2024]));

        Assert.Equal(whole, merged);
        Assert.Same(whole, whole.Merge(ChipIdCardTally.Empty));
        Assert.Same(whole, ChipIdCardTally.Empty.Merge(whole));
        Assert.Equal("Chip ID card tally: 0 keys, 0 outside", ChipIdCardTally.Empty.ToString());
    }

    [Fact]
    public void Builder_TwoRecordsOfOneDate_ThrowsNamingTheRecord()
    {
        var builder = new ChipIdCardTallyBuilder([Year2023]).Add(R(D(22, 5, 2023), 2_000_000, 2_000_000));

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(R(D(22, 5, 2023), 1_999_000, 2_000_000)));

        Assert.Equal("record", ex.ParamName);
        Assert.Contains("distinct as-of dates per province and period; two are as of 22/05/2023 for Bình Dương", ex.Message, StringComparison.Ordinal);
        Assert.Equal("record", Assert.Throws<ArgumentException>(() => builder.Add(R(D(1, 6, 2023), 1, 1, HoChiMinh34))).ParamName);
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
    }

    [Fact]
    public void Build_WithCoverage_AProvinceWithoutASnapshotStaysMissingNotZero()
    {
        // A stock has no zero by default: no snapshot in February is not "0 cards issued".
        var t = new ChipIdCardTallyBuilder([Vn.Month(2023, 1), Vn.Month(2023, 2)])
            .Covering(DataCoverage.Create(D(15, 12, 2022), D(14, 2, 2023)))
            .Add(R(D(10, 1, 2023), 5, 10))
            .Build();

        Assert.True(t.Contains(BinhDuong, Vn.Month(2023, 1)));
        Assert.False(t.Contains(BinhDuong, Vn.Month(2023, 2)));
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => t.Share(BinhDuong, Vn.Month(2023, 2))).ParamName);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_Tally_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;

        // Hồ Chí Minh City is one resident short of all: its share must not read 100.00%.
        var t = ChipIdCardTally.Tally([.. Records[..4], R(D(10, 1, 2024), 2_010_000, 2_010_000), R(D(14, 12, 2023), 7_099_999, 7_100_000, HoChiMinh63)], [Year2023, Year2024]);

        Snapshot.Verify(t.ToString(language), "txt", lang);
        Snapshot.Verify(t.ToMarkdown(language), "md", lang);
        Snapshot.Verify(t.ToHtml(language), "html", lang);
    }

    [Fact]
    public void Render_BadArguments_Throw()
    {
        var t = ChipIdCardTally.Tally(Records, [Year2023]);

        Assert.Equal("maxRows", Assert.Throws<ArgumentOutOfRangeException>(() => t.ToHtml(Language.English, 0)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => t.ToMarkdown((Language)9)).ParamName);
    }
}
