using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Reliability;

/// <summary>
/// Issue 20, classes 12, 13 and 14: every keyed input refuses a key given twice (funnel plots, rankings, rank
/// intervals, populations, re-basing; a tally builder's or the tally options' forced provinces), and every chart
/// taking a highlight key refuses a key that is not one of its units.
/// </summary>
public sealed class KeyedInputTests
{
    private static readonly IReadOnlyList<Province> Provinces63 = ProvinceCatalog.All(ProvinceEdition.Provinces63);

    private static readonly ReportingPeriod[] Periods = [ReportingPeriod.Create(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31))];

    /// <summary>Distinct keys "k0".."k(n-1)" with one of them repeated at a random place.</summary>
    private static readonly Arbitrary<(string[] Keys, string Repeated)> KeysWithADuplicate =
        (from n in Gen.Choose(2, 12)
         from repeated in Gen.Choose(0, n - 1)
         from at in Gen.Choose(0, n)
         select Insert([.. Enumerable.Range(0, n).Select(i => $"k{i}")], at, $"k{repeated}")).ToArbitrary();

    private static (string[] Keys, string Repeated) Insert(string[] keys, int at, string repeated)
    {
        var list = keys.ToList();
        list.Insert(at, repeated);
        return ([.. list], repeated);
    }

    private static bool RefusesNaming(Action act, string parameter, string key)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(act);
        return ex.ParamName == parameter && ex.Message.Contains(key, StringComparison.Ordinal) && ex is not ArgumentOutOfRangeException;
    }

    [Property(MaxTest = 150)]
    public Property FunnelPlotProportions_KeyTwice_RefusedNamingTheKey() => Prop.ForAll(KeysWithADuplicate, c =>
        RefusesNaming(() => FunnelPlot.Proportions(c.Keys.Select((k, i) => new ProportionUnit<string>(k, i, 10 + i))), "units", c.Repeated));

    [Property(MaxTest = 150)]
    public Property FunnelPlotRates_KeyTwice_RefusedNamingTheKey() => Prop.ForAll(KeysWithADuplicate, c =>
        RefusesNaming(() => FunnelPlot.Rates(c.Keys.Select((k, i) => new CountUnit<string>(k, i, 2.5 + i))), "units", c.Repeated));

    [Property(MaxTest = 100)]
    public Property RankingAndRankIntervals_KeyTwice_RefusedNamingTheKey() => Prop.ForAll(KeysWithADuplicate, c =>
    {
        var measure = RankingMeasure.Count("cases", higherIsBetter: false);
        var observations = c.Keys.Select((k, i) => RankingObservation.Count(k, i)).ToArray();
        return RefusesNaming(() => Ranking.Create(measure, observations, TieMethod.Average, MissingValues.Keep), "observations", c.Repeated)
            && RefusesNaming(() => Ranking.FromValues(measure, c.Keys.Select((k, i) => (k, (double?)i)), TieMethod.Average, MissingValues.Keep), "values", c.Repeated)
            && RefusesNaming(() => RankIntervals.MonteCarlo(measure, observations, seed: 1, draws: 10), "observations", c.Repeated);
    });

    [Fact]
    public void FunnelPlot_KeysEqualOnlyByValue_AreTheSameUnit()
    {
        var ex = Assert.Throws<ArgumentException>(() => FunnelPlot.Rates([new CountUnit<string>(new string('a', 2), 1, 2), new CountUnit<string>("aa", 3, 4)]));

        Assert.Equal("units", ex.ParamName);
        Assert.Contains("aa", ex.Message, StringComparison.Ordinal);
        Assert.Contains("once", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Forced provinces: a random set of distinct 63-unit provinces with one repeated.</summary>
    private static readonly Arbitrary<(Province[] Provinces, Province Repeated)> ProvincesWithADuplicate =
        (from n in Gen.Choose(1, 8)
         from start in Gen.Choose(0, 50)
         from repeated in Gen.Choose(0, n - 1)
         from at in Gen.Choose(0, n)
         select InsertProvince(start, n, repeated, at)).ToArbitrary();

    private static (Province[] Provinces, Province Repeated) InsertProvince(int start, int n, int repeated, int at)
    {
        var list = Enumerable.Range(start, n).Select(i => Provinces63[i]).ToList();
        var again = list[repeated];
        list.Insert(at, again);
        return ([.. list], again);
    }

    private static readonly string[] BuilderNames = ["case", "traffic", "drill", "campaign", "drug", "options"];

    public static TheoryData<string> Builders => [.. BuilderNames];

    private static void Forced(string builder, IEnumerable<Province> provinces)
    {
        _ = builder switch
        {
            "case" => (object)new CaseTallyBuilder(Periods, provinces),
            "traffic" => new TrafficTallyBuilder(Periods, provinces),
            "drill" => new DrillTallyBuilder(Periods, provinces),
            "campaign" => new CampaignTallyBuilder(Periods, provinces),
            "drug" => new DrugSeizureTallyBuilder(Periods, provinces),
            _ => new TallyOptions(provinces),
        };
    }

    [Property(MaxTest = 60)]
    public Property TallyBuilders_ForcedProvinceTwice_RefusedNamingTheProvince() => Prop.ForAll(ProvincesWithADuplicate, c =>
        BuilderNames.All(b => RefusesNaming(() => Forced(b, c.Provinces), "provinces", c.Repeated.Name)));

    [Theory]
    [MemberData(nameof(Builders))]
    public void TallyBuilder_DistinctForcedProvinces_Accepted(string builder) => Forced(builder, Provinces63.Take(5));

    private static RankIntervals<string> Intervals(params string[] keys) => RankIntervals.MonteCarlo(
        RankingMeasure.Count("cases", higherIsBetter: false),
        keys.Select((k, i) => k.StartsWith('-') ? RankingObservation.Missing(k) : RankingObservation.Count(k, 10 * (i + 1))),
        seed: 3,
        draws: 50);

    [Property(MaxTest = 100)]
    public Property RankIntervalsToSvg_HighlightNotAUnit_RefusedNamingTheKey() => Prop.ForAll(
        (from n in Gen.Choose(1, 8) from extra in Gen.Choose(0, 100) select (N: n, Extra: extra)).ToArbitrary(),
        c =>
        {
            var intervals = Intervals([.. Enumerable.Range(0, c.N).Select(i => $"u{i}")]);
            var stranger = $"x{c.Extra}";
            var ex = Assert.Throws<ArgumentException>(() => intervals.ToSvg(Language.English, stranger));
            return ex.ParamName == "highlight" && ex.Message.Contains(stranger, StringComparison.Ordinal)
                && Enumerable.Range(0, c.N).All(i => intervals.ToSvg(Language.English, $"u{i}").Contains("u" + i, StringComparison.Ordinal));
        });

    [Fact]
    public void RankIntervalsToSvg_HighlightAnUnrankedUnit_RefusedSayingItHasNoData()
    {
        var intervals = Intervals("a", "-missing", "b");

        var ex = Assert.Throws<ArgumentException>(() => intervals.ToSvg(Language.Vietnamese, "-missing"));

        Assert.Equal("highlight", ex.ParamName);
        Assert.Contains("-missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no data", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RankIntervalsToSvg_HighlightUsesTheKeyComparerOfTheIntervals()
    {
        var intervals = RankIntervals.MonteCarlo(
            RankingMeasure.Count("cases", higherIsBetter: false),
            [RankingObservation.Count("Alpha", 3), RankingObservation.Count("Beta", 30)],
            seed: 3,
            draws: 50,
            keyComparer: StringComparer.OrdinalIgnoreCase);

        Assert.Equal(intervals.ToSvg(Language.English, "Alpha"), intervals.ToSvg(Language.English, "ALPHA"));
        Assert.NotEqual(intervals.ToSvg(Language.English), intervals.ToSvg(Language.English, "alpha"));
    }
}
