using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class TrafficAggregatorTests
{
    private static readonly ReportingPeriod Q1 = Vn.Quarter(2023, 1);
    private static readonly ReportingPeriod Q2 = Vn.Quarter(2023, 2);
    private static readonly Province[] Units = [BinhDuong, BaRiaVungTau, HoChiMinh63];

    private static readonly Arbitrary<(TrafficAccident[] Accidents, int Partition, int Threads)> Inputs =
        (from n in Gen.Choose(0, 200)
         from accidents in Gen.ArrayOf(
             from unit in Gen.Choose(0, 2)
             from day in Gen.Choose(0, 260)
             from deaths in Gen.Choose(0, 3)
             from injured in Gen.Choose(0, 5)
             select TrafficAccident.Create(Units[unit], D(1, 12, 2022).AddDays(day), deaths, injured),
             n)
         from partition in Gen.Choose(1, 50)
         from threads in Gen.Choose(1, 3)
         select (accidents, partition, threads)).ToArbitrary();

    /// <summary>Q1 2023 (15/12/2022–14/03/2023): 2 accidents in Bình Dương with 1 death and 3 injured; Q2: 1 with 2 deaths; one before Q1.</summary>
    private static TrafficAccident[] Accidents() =>
    [
        TrafficAccident.Create(BinhDuong, D(20, 12, 2022), 1, 1),
        TrafficAccident.Create(BinhDuong, D(14, 3, 2023), 0, 2),
        TrafficAccident.Create(BinhDuong, D(15, 3, 2023), 2, 0),
        TrafficAccident.Create(BinhDuong, D(14, 12, 2022), 5, 5),
    ];

    [Fact]
    public void Tally_HandCheckedAccidents_GiveHandCheckedCounts()
    {
        foreach (var t in new[]
        {
            TrafficAggregator.Tally(Accidents(), [Q1, Q2]),
            TrafficAggregator.Tally(Accidents().AsSpan(), [Q1, Q2]),
            TrafficAggregator.Tally(Accidents().ToList(), [Q1, Q2]),
            TrafficAggregator.Tally(Accidents().Select(a => a), [Q1, Q2]),
        })
        {
            Assert.Equal(2, t.Get(BinhDuong, Q1).Accidents);
            Assert.Equal(1, t.Get(BinhDuong, Q1).Deaths);
            Assert.Equal(3, t.Get(BinhDuong, Q1).Injured);
            Assert.Equal(1, t.Get(BinhDuong, Q2).Accidents);
            Assert.Equal(2, t.Get(BinhDuong, Q2).Deaths);
            Assert.Equal(1, t.Outside); // 14/12/2022, the day before Q1
            Assert.Equal(TrafficTally.Tally(Accidents(), [Q1, Q2]), t);
        }
    }

    [Property(MaxTest = 100)]
    public Property Tally_EveryPath_EqualsTheBuilder() => Prop.ForAll(Inputs, input =>
    {
        var (accidents, partition, threads) = input;
        var options = new TallyOptions(maxDegreeOfParallelism: threads);
        var built = TrafficTally.Tally(accidents, [Q1, Q2]);
        return built.Equals(TrafficAggregator.Tally(accidents, [Q1, Q2], options, partition))
            && built.Equals(TrafficAggregator.Tally(accidents.ToList(), [Q1, Q2], options, partition))
            && built.Equals(TrafficAggregator.Tally(accidents.AsSpan(), [Q1, Q2]))
            && built.Equals(TrafficAggregator.Tally(accidents.Where(_ => true), [Q1, Q2]));
    });

    [Fact]
    public void Tally_ProvincesForced_HaveZeroKeysAndRebase()
    {
        var t = TrafficAggregator.Tally(Accidents(), [Q1], new TallyOptions(Units));

        Assert.Equal(0, t.Get(HoChiMinh63, Q1).Accidents);
        Assert.Equal(2, t.RebaseTo34().Get(HoChiMinh34, Q1).Accidents);
        Assert.Equal(new TrafficTallyBuilder([Q1], Units).Build(), TrafficAggregator.Tally([], [Q1], new TallyOptions(Units)));
        Assert.Equal(TrafficTally.Empty, TrafficAggregator.Tally(Enumerable.Empty<TrafficAccident>(), [Q1]));
        Assert.Equal(TrafficTally.Empty, TrafficAggregator.Tally(ReadOnlySpan<TrafficAccident>.Empty, [Q1]));
    }

    [Fact]
    public void Tally_BadRecords_ThrowNamingThePosition()
    {
        var withNull = Accidents();
        withNull[2] = null!;
        var mixed = Accidents().Append(TrafficAccident.Create(HoChiMinh34, D(1, 1, 2023), 0, 0)).ToArray();

        Assert.Contains("Record 2 is null", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally(withNull, [Q1])).Message, StringComparison.Ordinal);
        Assert.Contains("Record 2 is null", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally(withNull.AsSpan(), [Q1])).Message, StringComparison.Ordinal);
        Assert.Contains("Record 2 is null", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally(withNull.Select(a => a), [Q1])).Message, StringComparison.Ordinal);
        var ex = Assert.Throws<ArgumentException>(() => TrafficAggregator.Tally(mixed.ToList(), [Q1]));
        Assert.Equal("records", ex.ParamName);
        Assert.Contains("Record 4: a tally's provinces must all be of one edition (the 63-unit edition, as the first record or the options' provinces); it was Hồ Chí Minh (79, 34-unit edition).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Record 4", Assert.Throws<ArgumentException>(() => TrafficAggregator.Tally(mixed.AsSpan(), [Q1])).Message, StringComparison.Ordinal);
        Assert.Contains("Record 4", Assert.Throws<ArgumentException>(() => TrafficAggregator.Tally(mixed.Select(a => a), [Q1])).Message, StringComparison.Ordinal);
        Assert.Contains("Record 0: a tally's provinces must all be of one edition (the 34-unit edition", Assert.Throws<ArgumentException>(() => TrafficAggregator.Tally(Accidents(), [Q1], new TallyOptions([HoChiMinh34]))).Message, StringComparison.Ordinal);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally((IEnumerable<TrafficAccident>)null!, [Q1])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally(Accidents(), [Q1], null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => TrafficAggregator.Tally(Accidents().AsSpan(), [Q1], null!)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => TrafficAggregator.Tally(Accidents(), [])).ParamName);
    }
}
