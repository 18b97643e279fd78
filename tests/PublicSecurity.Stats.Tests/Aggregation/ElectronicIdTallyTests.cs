using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Identity;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class ElectronicIdTallyTests
{
    private static readonly ReportingPeriod Year2023 = Vn.Year(2023);
    private static readonly ReportingPeriod Year2024 = Vn.Year(2024);

    private static ElectronicIdActivation R(DateOnly asOf, long activated, long? received = null, long? target = null, Province? p = null, ElectronicIdLevel level = ElectronicIdLevel.Level2) =>
        ElectronicIdActivation.Create(p ?? BinhDuong, level, asOf, received, activated, target);

    [Fact]
    public void Tally_Stocks_KeepTheLatestSnapshotInEachPeriod()
    {
        // Year 2023 = 15/12/2022–14/12/2023; 15/01/2024 falls in 2024.
        var t = ElectronicIdTally.Tally([R(D(23, 6, 2023), 900_000, 957_720), R(D(14, 11, 2023), 1_400_000), ActivationRecord(), R(D(1, 1, 2020), 1)], [Year2023, Year2024]);

        Assert.Equal(ElectronicIdLevel.Level2, t.Level);
        Assert.Equal(1_400_000, t.Get(BinhDuong, Year2023).AccountsActivated);
        Assert.Null(t.Get(BinhDuong, Year2023).RecordsReceived);
        Assert.Equal(D(14, 11, 2023), t.Get(BinhDuong, Year2023).LatestAsOf);
        Assert.Equal(1_638_237, t.Get(BinhDuong, Year2024).AccountsActivated);
        Assert.Equal(1_853_482, t.Get(BinhDuong, Year2024).RecordsReceived);
        Assert.Equal(1_200_000, t.Get(BinhDuong, Year2024).Target);
        Assert.Equal("1638237 activated as of 15/01/2024", t.Get(BinhDuong, Year2024).ToString());
        Assert.Equal(1, t.Outside);
    }

    [Fact]
    public void Builder_TwoRecordsOfTheSameDate_ThrowsWhateverTheOrder()
    {
        var builder = new ElectronicIdTallyBuilder([Year2023]).Add(R(D(1, 10, 2023), 5)).Add(R(D(1, 11, 2023), 6));

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(R(D(1, 10, 2023), 7)));

        Assert.Equal("record", ex.ParamName);
        Assert.Contains("distinct as-of dates per province and period; two are as of 01/10/2023 for Bình Dương", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_RecordOfAnotherLevel_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ElectronicIdTallyBuilder([Year2023]).Add(R(D(1, 10, 2023), 5, level: ElectronicIdLevel.Level1)));

        Assert.Contains("must be of the builder's level (Level2); it was Level1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ElectronicIdLevel.Level1, ElectronicIdTally.Tally([R(D(1, 10, 2023), 5, level: ElectronicIdLevel.Level1)], [Year2023], ElectronicIdLevel.Level1).Level);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new ElectronicIdTallyBuilder([Year2023], (ElectronicIdLevel)3)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ElectronicIdTallyBuilder([Year2023]).Add(null!));
    }

    [Fact]
    public void RebaseTo34_SumsActivationsAndKeepsMissingTargetsMissing()
    {
        var t = ElectronicIdTally.Tally(
            [R(D(14, 11, 2023), 1_400_000, 1_500_000, 1_200_000), R(D(1, 11, 2023), 600_000, 700_000, 500_000, BaRiaVungTau), R(D(10, 11, 2023), 3_000_000, 4_000_000, null, HoChiMinh63)],
            [Year2023]);

        var c = t.RebaseTo34().Get(HoChiMinh34, Year2023);

        Assert.Equal(5_000_000, c.AccountsActivated);
        Assert.Equal(6_200_000, c.RecordsReceived);
        Assert.Null(c.Target);
        Assert.Equal(D(1, 11, 2023), c.EarliestAsOf);
        Assert.Equal(D(14, 11, 2023), c.LatestAsOf);
        Assert.Equal("5000000 activated as of 01/11/2023–14/11/2023", c.ToString());
    }

    [Fact]
    public void Merge_DifferentLevels_Throws_AndEmptyIsTheIdentity()
    {
        var two = ElectronicIdTally.Tally([R(D(1, 10, 2023), 5)], [Year2023]);
        var one = ElectronicIdTally.Tally([R(D(1, 10, 2023), 5, p: HaNoi63, level: ElectronicIdLevel.Level1)], [Year2023], ElectronicIdLevel.Level1);

        var ex = Assert.Throws<ArgumentException>(() => two.Merge(one));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("this one counts Level2, the other Level1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(two, two.Merge(ElectronicIdTally.Empty));
        Assert.Equal(two, ElectronicIdTally.Empty.Merge(two));
        Assert.Null(ElectronicIdTally.Empty.Level);
        Assert.Null(new ElectronicIdTallyBuilder([Year2023]).Build().Level);
        Assert.Equal("e-ID tally (Level2): 1 keys, 0 outside", two.ToString());
        Assert.Equal("e-ID tally (empty): 0 keys, 0 outside", ElectronicIdTally.Empty.ToString());
    }

    [Fact]
    public void Build_WithCoverage_AProvinceWithoutASnapshotStaysMissingNotZero()
    {
        // Stocks are not filled with zeros inside the coverage: no snapshot in February is not "0 accounts".
        var t = new ElectronicIdTallyBuilder([Vn.Month(2024, 1), Vn.Month(2024, 2)])
            .Covering(DataCoverage.Create(D(15, 12, 2023), D(14, 2, 2024)))
            .Add(R(D(10, 1, 2024), 5))
            .Build();

        Assert.Equal(5, t.Get(BinhDuong, Vn.Month(2024, 1)).AccountsActivated);
        Assert.False(t.Contains(BinhDuong, Vn.Month(2024, 2)));
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => t.Get(BinhDuong, Vn.Month(2024, 2))).ParamName);
    }
}
