namespace PublicSecurity.Stats.Tests;

public sealed class PopulationTableTests
{
    private const ProvinceEdition Old = ProvinceEdition.Provinces63;
    private const ProvinceEdition New = ProvinceEdition.Provinces34;

    private static Province P63(string code) => ProvinceCatalog.Find(Old, code);

    private static Province P34(string code) => ProvinceCatalog.Find(New, code);

    [Fact]
    public void Population_BuiltIn_Is2023AverageWithSourceAndPreliminaryFlag()
    {
        var table = ProvinceCatalog.Population;

        Assert.Equal(Old, table.Edition);
        Assert.Equal(63, table.Provinces.Count);
        Assert.Equal("2023 (annual average)", table.ReferenceDate);
        Assert.Contains("E02.01", table.Source, StringComparison.Ordinal);
        Assert.True(table.IsPreliminary);
    }

    [Theory]
    [InlineData("74", 2_823_430)]   // Bình Dương (DOMAIN.md §2)
    [InlineData("01", 8_587_080)]
    [InlineData("79", 9_456_660)]
    [InlineData("52", 1_506_330)]   // Bình Định, yearbook 1,506,331 rounded to 10
    [InlineData("94", 1_198_800)]   // Sóc Trăng, yearbook 1,198,798 rounded to 10
    public void PopulationOf_OldUnits_AreTheTableValues(string code, long expected)
    {
        Assert.Equal(expected, ProvinceCatalog.Population.PopulationOf(P63(code)));
    }

    [Fact]
    public void PopulationOf_EveryValue_IsRoundedTo10Persons()
    {
        Assert.All(ProvinceCatalog.All(Old), p => Assert.Equal(0, ProvinceCatalog.Population.PopulationOf(p) % 10));
    }

    [Fact]
    public void PopulationOf_NewUnits_AreSumsOfTheirPredecessors()
    {
        var table = ProvinceCatalog.Population;

        Assert.Equal(13_467_590, table.PopulationOf(P34("79")));
        Assert.Equal(8_587_080, table.PopulationOf(P34("01")));
        Assert.Equal(1_922_740 + 1_517_440, table.PopulationOf(P34("24")));
        Assert.Equal(
            ProvinceCatalog.All(Old).Sum(table.PopulationOf),
            ProvinceCatalog.All(New).Sum(table.PopulationOf));
    }

    [Fact]
    public void Create_CallerValues_AnswerForTheirUnitsAndComplete34UnitGroups()
    {
        var table = PopulationTable.Create(
            [KeyValuePair.Create(P63("74"), 3_000_000L), KeyValuePair.Create(P63("77"), 1_200_000L), KeyValuePair.Create(P63("79"), 9_500_000L), KeyValuePair.Create(P63("01"), 8_700_000L)],
            "2024 (annual average)",
            "caller",
            isPreliminary: false);

        Assert.Equal("2024 (annual average)", table.ReferenceDate);
        Assert.Equal("caller", table.Source);
        Assert.False(table.IsPreliminary);
        Assert.Equal(["01", "74", "77", "79"], table.Provinces.Select(p => p.Code));
        Assert.Equal(13_700_000, table.PopulationOf(P34("79")));
        Assert.True(table.TryGetPopulation(P63("74"), out var bd));
        Assert.Equal(3_000_000, bd);
        Assert.False(table.TryGetPopulation(P63("75"), out _));
        Assert.False(table.TryGetPopulation(P34("75"), out _));
        Assert.False(table.TryGetPopulation(null, out _));
    }

    [Fact]
    public void PopulationOf_MissingProvince_ThrowsNamingItAndTheRule()
    {
        var table = PopulationTable.Create([KeyValuePair.Create(P63("74"), 1L)], "2024", "caller", false);

        var missing = Assert.Throws<ArgumentException>(() => table.PopulationOf(P63("75")));
        var partial = Assert.Throws<ArgumentException>(() => table.PopulationOf(P34("79")));

        Assert.Equal("province", missing.ParamName);
        Assert.Contains("must have a population in the table (2024); it was Đồng Nai (75, 63-unit edition)", missing.Message, StringComparison.Ordinal);
        Assert.Contains("lacks its predecessors Bà Rịa - Vũng Tàu (77, 63-unit edition), Hồ Chí Minh (79, 63-unit edition)", partial.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationOf_OldUnitFromANewTable_ThrowsBecauseAMergedPopulationCannotBeSplit()
    {
        var table = PopulationTable.Create([KeyValuePair.Create(P34("79"), 14_000_000L)], "2026", "caller", false);

        var ex = Assert.Throws<ArgumentException>(() => table.PopulationOf(P63("74")));

        Assert.Contains("cannot be split", ex.Message, StringComparison.Ordinal);
        Assert.Equal(14_000_000, table.PopulationOf(P34("79")));
        Assert.Throws<ArgumentNullException>(() => table.PopulationOf(null!));
    }

    [Fact]
    public void Create_InvalidValues_ThrowNamingRuleAndValue()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => PopulationTable.Create([KeyValuePair.Create(P63("74"), 0L)], "2024", "s", false));
        var twice = Assert.Throws<ArgumentException>(() => PopulationTable.Create([KeyValuePair.Create(P63("74"), 1L), KeyValuePair.Create(P63("74"), 2L)], "2024", "s", false));
        var mixed = Assert.Throws<ArgumentException>(() => PopulationTable.Create([KeyValuePair.Create(P63("74"), 1L), KeyValuePair.Create(P34("79"), 2L)], "2024", "s", false));
        var empty = Assert.Throws<ArgumentException>(() => PopulationTable.Create([], "2024", "s", false));
        var blank = Assert.Throws<ArgumentException>(() => PopulationTable.Create([KeyValuePair.Create(P63("74"), 1L)], " ", "s", false));
        var noSource = Assert.Throws<ArgumentNullException>(() => PopulationTable.Create([KeyValuePair.Create(P63("74"), 1L)], "2024", null!, false));

        Assert.Contains("must be positive; the population of Bình Dương (74, 63-unit edition) was 0", zero.Message, StringComparison.Ordinal);
        Assert.Contains("at most once; Bình Dương (74, 63-unit edition) appears twice", twice.Message, StringComparison.Ordinal);
        Assert.Contains("one edition (63-unit edition); Hồ Chí Minh (79, 34-unit edition) is not", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("at least one province; it was empty", empty.Message, StringComparison.Ordinal);
        Assert.Equal("referenceDate", blank.ParamName);
        Assert.Contains("must not be empty or white space; it was ' '", blank.Message, StringComparison.Ordinal);
        Assert.Equal("source", noSource.ParamName);
        Assert.Throws<ArgumentNullException>(() => PopulationTable.Create(null!, "2024", "s", false));
        Assert.Throws<ArgumentNullException>(() => PopulationTable.Create([KeyValuePair.Create<Province, long>(null!, 1)], "2024", "s", false));
    }
}
