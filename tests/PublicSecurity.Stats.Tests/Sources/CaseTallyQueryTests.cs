using System.Data;
using System.Globalization;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>The generated SQL of every dialect is a golden file; the generator's rules and its escaping.</summary>
public sealed class CaseTallyQueryTests
{
    /// <summary>Months of 2024 on the Vietnamese calendar with April missing (a gap between March and May) and 29 February inside February's window.</summary>
    private static readonly ReportingPeriod[] Periods =
        [.. new[] { 1, 2, 3, 5 }.Select(m => ReportingCalendar.VietnamStatistical.Month(2024, m))];

    [Theory]
    [InlineData(SqlDialect.DuckDB, false)]
    [InlineData(SqlDialect.DuckDB, true)]
    [InlineData(SqlDialect.PostgreSql, false)]
    [InlineData(SqlDialect.ClickHouse, false)]
    [InlineData(SqlDialect.ClickHouse, true)]
    public void Sql_EachDialect_MatchesTheGoldenFile(SqlDialect dialect, bool textDates)
    {
        var query = CaseTallyQuery.Create(dialect, dialect == SqlDialect.DuckDB ? "read_parquet(['cases.parquet'])" : "cases", Schema(textDates), Periods, CaseReadOptions.Default);
        var bad = new CaseTallyQuery.BadValues();
        bad.Provinces.Add("Atlantis");
        bad.Outcomes.Add("it's \\ cleared");
        bad.NotCleared.Add("notCleared");

        var text = string.Join(
            "\n\n",
            "-- the tally query",
            query.Sql,
            "-- the ids found more than once",
            query.DuplicateIdsSql,
            "-- the rows of the groups found bad (example values)",
            query.BadRowsSql(bad, 11),
            "-- the rows of some ids",
            query.RowsOfIdsSql(["C-1", "O'Brien"])) + "\n";

        Snapshot.Verify(text, "sql", $"{dialect}_{(textDates ? "text" : "typed")}");
    }

    [Fact]
    public void WithProvinceMap_DuckDB_MapsEachRawValueToItsSuccessorInTheSql()
    {
        var query = CaseTallyQuery.Create(SqlDialect.DuckDB, "read_csv(['a.csv'], header = true, all_varchar = true)", Schema(textDates: true), Periods, CaseReadOptions.Default);
        var units = ProvinceCatalog.All(ProvinceEdition.Provinces63);

        var mapped = query.WithProvinceMap(new Dictionary<string, Province>
        {
            ["74"] = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74"),
            ["Bình Dương"] = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74"),
            ["79"] = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "79"),
            ["1"] = units[0],
        });

        Snapshot.Verify(mapped.Sql + "\n", "sql");
        Assert.Equal("79", mapped.ProvinceMap!["Bình Dương"].Code);
    }

    [Theory]
    [InlineData(SqlDialect.DuckDB, "SELECT DISTINCT CAST(\"province_code\" AS VARCHAR) AS province_value FROM cases WHERE \"province_code\" IS NOT NULL")]
    [InlineData(SqlDialect.PostgreSql, "SELECT DISTINCT CAST(\"province_code\" AS text) AS province_value FROM cases WHERE \"province_code\" IS NOT NULL")]
    [InlineData(SqlDialect.ClickHouse, "SELECT DISTINCT toString(`province_code`) AS province_value FROM cases WHERE `province_code` IS NOT NULL")]
    public void DistinctProvincesSql_EachDialect_ReadsTheRawValuesAsText(SqlDialect dialect, string expected) =>
        Assert.Equal(expected, CaseTallyQuery.Create(dialect, "cases", Schema(textDates: false), Periods, CaseReadOptions.Default).DistinctProvincesSql);

    [Fact]
    public void Create_Rules_NameTheArgumentAndTheValue()
    {
        var schema = Schema(textDates: false);
        Assert.Equal("dialect", Assert.Throws<ArgumentOutOfRangeException>(() => CaseTallyQuery.Create((SqlDialect)7, "cases", schema, Periods, CaseReadOptions.Default)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => CaseTallyQuery.Create(SqlDialect.PostgreSql, " ", schema, Periods, CaseReadOptions.Default)).ParamName);
        Assert.Throws<ArgumentNullException>(() => CaseTallyQuery.Create(SqlDialect.PostgreSql, "cases", null!, Periods, CaseReadOptions.Default));
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => CaseTallyQuery.Create(SqlDialect.PostgreSql, "cases", schema, [], CaseReadOptions.Default)).ParamName);

        var missing = Assert.Throws<ArgumentException>(() => CaseTallyQuery.Create(SqlDialect.PostgreSql, "cases", schema, Periods, CaseReadOptions.Default.WithColumns(CaseSourceColumns.Default.WithSeverity("muc_do"))));
        Assert.Equal("schema", missing.ParamName);
        Assert.Contains("must have a column 'muc_do'", missing.Message, StringComparison.Ordinal);

        var text = Assert.Throws<ArgumentException>(() => CaseTallyQuery.Create(SqlDialect.PostgreSql, "cases", Schema(textDates: true), Periods, CaseReadOptions.Default));
        Assert.Contains("column 'recorded_on' is text", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithProvinceMap_UnitOfThe34UnitEdition_Throws()
    {
        var query = CaseTallyQuery.Create(SqlDialect.DuckDB, "t", Schema(textDates: false), Periods, CaseReadOptions.Default);

        var e = Assert.Throws<ArgumentException>(() => query.WithProvinceMap(new Dictionary<string, Province> { ["01"] = ProvinceCatalog.All(ProvinceEdition.Provinces34)[0] }));

        Assert.Equal("provinces", e.ParamName);
    }

    [Fact]
    public void ToString_NamesTheDialectTheSourceAndThePeriods() =>
        Assert.Equal("DuckDB case tally query over t: 4 periods", CaseTallyQuery.Create(SqlDialect.DuckDB, "t", Schema(textDates: false), Periods, CaseReadOptions.Default).ToString());

    [Fact]
    public void Sql_NoIdColumn_HasNoDuplicateQuery()
    {
        var schema = Schema(textDates: false, withId: false);

        Assert.Null(CaseTallyQuery.Create(SqlDialect.PostgreSql, "cases", schema, Periods, CaseReadOptions.Default).DuplicateIdsSql);
    }

    private static DataTableReader Schema(bool textDates, bool withId = true)
    {
        using var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        if (withId)
        {
            table.Columns.Add("id", typeof(string));
        }

        table.Columns.Add("province_code", typeof(string));
        table.Columns.Add("recorded_on", textDates ? typeof(string) : typeof(DateTime));
        table.Columns.Add("outcome", typeof(string));
        table.Columns.Add("outcome_on", textDates ? typeof(string) : typeof(DateTime));
        table.Columns.Add("severity", typeof(string));
        table.Columns.Add("offence_group", typeof(string));
        return table.CreateDataReader();
    }
}
