using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class TrafficTallyTests
{
    private static readonly ReportingPeriod Apr = Vn.Month(2023, 4);
    private static readonly ReportingPeriod May = Vn.Month(2023, 5);

    private static TrafficAccident A(DateOnly on, long deaths, long injured, Province? p = null) => TrafficAccident.Create(p ?? BinhDuong, on, deaths, injured);

    [Fact]
    public void Tally_Accidents_CountAccidentsAndSumDeathsAndInjured()
    {
        // April 2023 = 15/03–14/04; May = 15/04–14/05. The accident of 30/04 falls in May.
        var t = TrafficTally.Tally([A(D(20, 3, 2023), 1, 0), A(D(14, 4, 2023), 0, 2), A(D(30, 4, 2023), 1, 1), A(D(1, 1, 2023), 5, 5)], [Apr, May]);

        Assert.Equal(2, t.Get(BinhDuong, Apr).Accidents);
        Assert.Equal(1, t.Get(BinhDuong, Apr).Deaths);
        Assert.Equal(2, t.Get(BinhDuong, Apr).Injured);
        Assert.Equal("1 accidents, 1 deaths, 1 injured", t.Get(BinhDuong, May).ToString());
        Assert.Equal(1, t.Outside);
    }

    [Fact]
    public void Builder_PublishedQ1Counts_AreKeptPerPeriod()
    {
        var q1 = Vn.Quarter(2023, 1);
        var before = q1.SamePeriodPreviousYear();

        var t = new TrafficTallyBuilder([before, q1]).Add(BinhDuong, q1, 97, 46, 78).Add(BinhDuong, before, 144, 73, 103).Build();

        Assert.Equal(new[] { 97L, 46, 78 }, new[] { t.Get(BinhDuong, q1).Accidents, t.Get(BinhDuong, q1).Deaths, t.Get(BinhDuong, q1).Injured });
        Assert.Equal(144 - 97, t.Get(BinhDuong, before).Accidents - t.Get(BinhDuong, q1).Accidents);
        Assert.Equal([before, q1], t.Periods);
    }

    [Fact]
    public void Builder_InvalidCounts_ThrowNamingRuleAndValue()
    {
        var builder = new TrafficTallyBuilder([Apr]);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Apr, 1, -1, 0));
        var noAccident = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Apr, 0, 2, 0));
        var period = Assert.Throws<ArgumentException>(() => builder.Add(BinhDuong, May, 1, 0, 0));

        Assert.Equal("deaths", negative.ParamName);
        Assert.Contains("must not be negative; it was -1", negative.Message, StringComparison.Ordinal);
        Assert.Equal("accidents", noAccident.ParamName);
        Assert.Contains("must be positive when there are deaths (2) or injured (0); it was 0", noAccident.Message, StringComparison.Ordinal);
        Assert.Equal("period", period.ParamName);
        Assert.Contains("must be one of the builder's periods (April 2023 (15/03/2023–14/04/2023)); it was May 2023", period.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, Apr, 1, 0, 0));
        Assert.Throws<ArgumentNullException>(() => builder.Add(BinhDuong, null!, 1, 0, 0));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
    }

    [Fact]
    public void Merge_Partitions_SumKeyByKey()
    {
        var a = TrafficTally.Tally([A(D(20, 3, 2023), 1, 0)], [Apr, May]);
        var b = TrafficTally.Tally([A(D(21, 3, 2023), 2, 3), A(D(1, 5, 2023), 0, 1)], [Apr, May]);

        var merged = a.Merge(b);

        Assert.Equal(new TrafficTallyBuilder([Apr, May]).Add(BinhDuong, Apr, 2, 3, 3).Add(BinhDuong, May, 1, 0, 1).Build(), merged);
        Assert.Equal(merged, b.Merge(a));
        Assert.Same(a, a.Merge(TrafficTally.Empty));
        Assert.Same(a, TrafficTally.Empty.Merge(a));
        Assert.Equal("Traffic tally: 2 keys, 0 outside", merged.ToString());
    }

    [Fact]
    public void Merge_OutsideOnlyTally_AddsItsOutsideCount()
    {
        var a = TrafficTally.Tally([A(D(20, 3, 2023), 1, 0)], [Apr]);
        var outsideOnly = TrafficTally.Tally([A(D(1, 1, 2020), 1, 0)], [Apr]);

        Assert.Equal(1, a.Merge(outsideOnly).Outside);
        Assert.Equal(1, outsideOnly.Merge(a).Outside);
        Assert.Equal(2, outsideOnly.Merge(outsideOnly).Outside);
    }

    [Fact]
    public void RebaseTo34_SumsPredecessorsAndRequiresAllOfThem()
    {
        var t = new TrafficTallyBuilder([Apr]).Add(BinhDuong, Apr, 10, 2, 8).Add(BaRiaVungTau, Apr, 5, 1, 3).Add(HoChiMinh63, Apr, 20, 6, 15).Add(HaNoi63, Apr, 30, 9, 20).Build();

        var rebased = t.RebaseTo34();

        Assert.Equal("35 accidents, 9 deaths, 26 injured", rebased.Get(HoChiMinh34, Apr).ToString());
        Assert.Equal("30 accidents, 9 deaths, 20 injured", rebased.Get(ProvinceCatalog.Find(ProvinceEdition.Provinces34, "01"), Apr).ToString());
        Assert.Equal(2, rebased.Keys.Count);
        var partial = new TrafficTallyBuilder([Apr]).Add(BinhDuong, Apr, 10, 2, 8).Build();
        Assert.Contains("missing: Bà Rịa - Vũng Tàu (77, 63-unit edition), Hồ Chí Minh (79, 63-unit edition)", Assert.Throws<InvalidOperationException>(() => partial.RebaseTo34()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_MissingKey_Throws()
    {
        var t = TrafficTally.Tally([A(D(20, 3, 2023), 1, 0)], [Apr, May]);

        Assert.False(t.Contains(BinhDuong, May));
        Assert.Contains("a missing entry is not zero", Assert.Throws<ArgumentException>(() => t.Get(BinhDuong, May)).Message, StringComparison.Ordinal);
        Assert.True(new TrafficTallyBuilder([May], [BinhDuong]).Build().Contains(BinhDuong, May));
        Assert.Equal(default, new TrafficTallyBuilder([May], [BinhDuong]).Build().Get(BinhDuong, May));
    }

    [Fact]
    public void TrafficCounts_Equality()
    {
        var t = new TrafficTallyBuilder([Apr]).Add(BinhDuong, Apr, 1, 0, 0).Build();
        var c = t.Get(BinhDuong, Apr);

        Assert.True(c == t.Get(BinhDuong, Apr));
        Assert.True(c != default);
        Assert.True(c.Equals((object)t.Get(BinhDuong, Apr)));
        Assert.Equal(c.GetHashCode(), t.Get(BinhDuong, Apr).GetHashCode());
    }
}
