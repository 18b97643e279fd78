using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class ProvinceRankingTests
{
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    [Fact]
    public void PerCapita_Province_UsesTheCataloguePopulation()
    {
        var observation = RankingObservation.PerCapita(BinhDuong, 1_400_000);

        Assert.Equal(2_823_430, observation.Denominator);
        Assert.Equal(MeasureKind.PerCapita, observation.Kind);
    }

    [Fact]
    public void PerCapita_MergedProvince_UsesTheSumOfItsPredecessors()
    {
        var hcm34 = ProvinceCatalog.Successor(BinhDuong);

        var observation = RankingObservation.PerCapita(hcm34, 1);

        var expected = ProvinceCatalog.Predecessors(hcm34).Sum(p => ProvinceCatalog.Population.PopulationOf(p));
        Assert.Equal(expected, observation.Denominator);
    }

    [Fact]
    public void PerCapita_CallersTable_IsUsed()
    {
        var table = PopulationTable.Create([KeyValuePair.Create(BinhDuong, 2_900_000L)], "2024 (illustrative)", "caller", isPreliminary: true);

        Assert.Equal(2_900_000, RankingObservation.PerCapita(BinhDuong, 5, table).Denominator);
    }

    [Fact]
    public void PerCapita_TableWithoutTheProvince_Throws()
    {
        var table = PopulationTable.Create([KeyValuePair.Create(BinhDuong, 2_900_000L)], "2024", "caller", isPreliminary: false);
        var hanoi = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "01");

        var ex = Assert.Throws<ArgumentException>(() => RankingObservation.PerCapita(hanoi, 5, table));

        Assert.Equal("population", ex.ParamName);
        Assert.Contains("no population for Hà Nội", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_OfThe63Provinces_SaysHowManyWereRanked()
    {
        var observations = ProvinceCatalog.All(ProvinceEdition.Provinces63)
            .Select((p, i) => i == 5 ? RankingObservation.Missing(p) : RankingObservation.PerCapita(p, 1000 + (i * 37)))
            .ToList();

        var ranking = Ranking.Create(RankingMeasure.PerCapita("x per 100,000", higherIsBetter: false), observations, TieMethod.Min, MissingValues.Keep);

        Assert.Equal(63, ranking.UnitCount);
        Assert.Equal(62, ranking.RankedCount);
        Assert.Single(ranking.Unranked);
    }
}
