#pragma warning disable xUnit1051 // reason: the tallies under test are synchronous and take milliseconds; the overloads with a token have their own tests here

using System.Data;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MiniExcelLibs;
using Property = FsCheck.Property;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.DuckDB;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>
/// PublicSecurity.Stats.DuckDB against real embedded DuckDB: the cases of <see cref="SourceCases"/> written to CSV files
/// (RFC 4180, in every spelling of <see cref="SourceCases.Table"/>) and to Parquet files (written by DuckDB, typed DATE
/// columns), tallied in the engine and compared with the in-memory aggregator and with <see cref="CaseSource"/>.
/// </summary>
public sealed class DuckDbCasesTests : IDisposable
{
    private static readonly string[] Header = ["id", "province", "recorded_on", "outcome", "outcome_on", "severity", "offence_group"];

    private readonly string folder = Directory.CreateTempSubdirectory("psstats-duckdb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Tally_OneCsv_EqualsTheInMemoryAggregator()
    {
        var cases = SourceCases.Random(3_000, seed: 17);
        var path = WriteCsv("cases.csv", SourceCases.Table(cases));

        var result = DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
        Assert.Equal((3_000L, 3_000L, 0L, 0L, true), (result.RowsRead, result.RowsCounted, result.RejectedRowCount, result.DuplicateCount, result.IdsChecked));
    }

    [Fact]
    public void Tally_ListOfCsvFilesOf34Units_EqualsTheInMemoryAggregator()
    {
        var cases = SourceCases.Random(2_000, seed: 4, ProvinceEdition.Provinces34);
        var paths = Split(cases, "part{0}.csv");

        var result = DuckDbCases.Tally(paths, SourceCases.GregorianQuarters, CaseReadOptions.Default.WithEdition(ProvinceEdition.Provinces34));

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.GregorianQuarters), result.Tally);
        Assert.Equal(2_000L, result.RowsCounted);
    }

    [Fact]
    public void Tally_BadRowDeepInTheThirdFile_NamesItsRowCountedOverTheFiles()
    {
        var cases = SourceCases.Random(60_000, seed: 6);
        var table = SourceCases.Table(cases);
        table.Rows[45_000]["severity"] = "grave";
        var paths = Split(table, "big{0}.csv");

        var e = Assert.Throws<RowRejectedException>(() => DuckDbCases.Tally(paths, SourceCases.VnMonths, CaseReadOptions.Default));

        Assert.Equal((45_001L, "severity", "grave"), (e.Row, e.Column, e.Value));
    }

    [Fact]
    public void Tally_Glob_ReadsEveryMatchingFile()
    {
        var cases = SourceCases.Random(1_500, seed: 8);
        Split(cases, "part{0}.csv");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a case file");

        var result = DuckDbCases.Tally(Path.Combine(folder, "part*.csv"), SourceCases.VnMonths, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Tally_TsvFile_EqualsTheInMemoryAggregator()
    {
        var cases = SourceCases.Random(500, seed: 12);
        var path = WriteCsv("cases.tsv", SourceCases.Table(cases), '\t');

        var result = DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Tally_OneParquet_EqualsTheInMemoryAggregator()
    {
        var cases = SourceCases.Random(3_000, seed: 21);
        var path = WriteParquet("cases.parquet", cases);

        var result = DuckDbCases.Tally(path, SourceCases.GregorianQuarters, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.GregorianQuarters), result.Tally);
        Assert.Equal((3_000L, 3_000L), (result.RowsRead, result.RowsCounted));
    }

    [Fact]
    public async Task TallyAsync_ParquetRebasedTo34InTheSql_EqualsTheRebasedAggregator()
    {
        // Enough cases for every one of the 63 units in every month (re-basing the aggregator's tally needs them all).
        var cases = SourceCases.Random(20_000, seed: 22);
        var path = WriteParquet("cases.parquet", cases);

        var result = await DuckDbCases.TallyAsync([path], SourceCases.VnMonths, CaseReadOptions.Default, ProvinceEdition.Provinces34, TestContext.Current.CancellationToken);

        Assert.Equal(ProvinceEdition.Provinces34, result.Tally.Edition);
        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths).RebaseTo34(), result.Tally);
    }

    [Fact]
    public async Task TallyAsync_CsvRebasedTo34WithABadProvince_RejectsItWithTheReadersRule()
    {
        var cases = SourceCases.Random(20_000, seed: 23);
        var table = SourceCases.Table(cases);
        table.Rows[41]["province"] = "Atlantis";
        var path = WriteCsv("cases.csv", table);

        var result = await DuckDbCases.TallyAsync([path], SourceCases.VnMonths, CaseReadOptions.Default.WithMaxRejectedRows(10), ProvinceEdition.Provinces34, TestContext.Current.CancellationToken);

        var bad = Assert.Single(result.RejectedRows);
        Assert.Equal((42L, "province", "Atlantis"), (bad.Row, bad.Column, bad.Value));
        Assert.Equal(CaseAggregator.Tally(cases.Where((_, i) => i != 41), SourceCases.VnMonths).RebaseTo34(), result.Tally);
    }

    [Fact]
    public void Tally_CallersConnectionAndTable_EqualsTheInMemoryAggregator()
    {
        var cases = SourceCases.Random(1_000, seed: 30);
        using var connection = DuckDbCases.OpenConnection();
        LoadTable(connection, cases);

        var result = DuckDbCases.Tally(connection, "cases", SourceCases.VnMonths, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
    }

    [Property(MaxTest = 30)]
    public Property Tally_RandomCasesAsCsv_EqualsTheAggregator() => Prop.ForAll(
        Gen.Choose(1, 200).SelectMany(n => Gen.Choose(0, int.MaxValue).Select(seed => (n, seed))).ToArbitrary(),
        input =>
        {
            var cases = SourceCases.Random(input.n, input.seed);
            var path = WriteCsv($"random-{input.seed}-{input.n}.csv", SourceCases.Table(cases));
            return DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default).Tally.Equals(CaseAggregator.Tally(cases, SourceCases.VnMonths));
        });

    /// <summary>The bad rows of <see cref="CaseSourceTests.BadRows"/>, every rule of the reader.</summary>
    public static TheoryData<string, int, object?, string, string> BadRows()
    {
        var rows = new TheoryData<string, int, object?, string, string>();
        foreach (var row in CaseSourceTests.BadRows().Select(r => ((ITheoryDataRow)r).GetData()))
        {
            rows.Add((string)row[0]!, (int)row[1]!, row[2], (string)row[3]!, (string)row[4]!);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Tally_BadRowInCsv_ThrowsNamingTheRowTheColumnTheValueAndTheRule(string column, int baseRow, object? value, string named, string rule)
    {
        var table = SourceCases.ThreeRows();
        table.Rows[baseRow][column] = value ?? DBNull.Value;
        var path = WriteCsv("bad.csv", table);

        var e = Assert.Throws<RowRejectedException>(() => DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default));

        Assert.Equal((baseRow + 1L, named, CellText.CaseRowTextForTests(value)), (e.Row, e.Column, e.Value));
        Assert.Contains(rule, e.Rule, StringComparison.Ordinal);
        Assert.Equal(path, e.InputSource);
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Tally_BadRowInCsvWhenCollecting_ListsItAndCountsIt(string column, int baseRow, object? value, string named, string rule)
    {
        var table = SourceCases.ThreeRows();
        table.Rows[baseRow][column] = value ?? DBNull.Value;
        var path = WriteCsv("bad.csv", table);

        var result = DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default.WithMaxRejectedRows(100).WithSourceName("cases.csv"));

        var bad = Assert.Single(result.RejectedRows);
        Assert.Equal(("cases.csv", baseRow + 1L, named, CellText.CaseRowTextForTests(value)), (bad.Source, bad.Row, bad.Column, bad.Value));
        Assert.Contains(rule, bad.Rule, StringComparison.Ordinal);
        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsCounted, result.RejectedRowCount));
        Assert.Equal(CaseAggregator.Tally(SourceCases.ThreeGood().Where((_, i) => i != baseRow), SourceCases.VnMonths), result.Tally);
    }

    [Theory]
    [InlineData(DuplicateIdPolicy.Report)]
    [InlineData(DuplicateIdPolicy.KeepFirst)]
    [InlineData(DuplicateIdPolicy.Reject)]
    public void Tally_DuplicateIdsAcrossTwoFiles_AsTheReaderReportsThem(DuplicateIdPolicy policy)
    {
        var first = SourceCases.ThreeRows();
        var second = SourceCases.Table(SourceCases.Random(4, seed: 9));
        second.Rows[1]["id"] = "b";
        second.Rows[3]["id"] = "a";
        var paths = new[] { WriteCsv("a.csv", first), WriteCsv("b.csv", second) };
        var both = first.Copy();
        both.Merge(second);
        var options = CaseReadOptions.Default.WithDuplicateIds(policy).WithMaxRejectedRows(10).WithSourceName("cases");

        var expected = CaseSource.Read(both.CreateDataReader(), SourceCases.VnMonths, options);
        var actual = DuckDbCases.Tally(paths, SourceCases.VnMonths, options);

        Assert.Equal(expected.Tally, actual.Tally);
        Assert.Equal(
            (expected.RowsRead, expected.RowsCounted, expected.RejectedRowCount, expected.DuplicateCount, expected.SkippedDuplicateRows),
            (actual.RowsRead, actual.RowsCounted, actual.RejectedRowCount, actual.DuplicateCount, actual.SkippedDuplicateRows));
        Assert.Equal(expected.Duplicates.Select(d => d.ToString()), actual.Duplicates.Select(d => d.ToString()));
        Assert.Equal(expected.RejectedRows.Select(r => r.Message), actual.RejectedRows.Select(r => r.Message));
        Assert.Equal(policy == DuplicateIdPolicy.Report ? 0 : 2, expected.Duplicates.Count(d => d.Skipped) + expected.RejectedRowCount);
    }

    [Fact]
    public void Tally_NoSourceName_NamesThePathsInMessages()
    {
        var table = SourceCases.ThreeRows();
        table.Rows[2]["severity"] = "grave";
        var paths = new[] { WriteCsv("a.csv", SourceCases.ThreeRows()), WriteCsv("b.csv", table) };

        var e = Assert.Throws<RowRejectedException>(() => DuckDbCases.Tally(paths, SourceCases.VnMonths, CaseReadOptions.Default.WithDuplicateIds(DuplicateIdPolicy.Report)));

        Assert.Equal((string.Join(", ", paths), 6L, "severity"), (e.InputSource, e.Row, e.Column));
    }

    [Fact]
    public void Tally_PathWithAQuote_IsEscapedInTheSql()
    {
        var cases = SourceCases.Random(50, seed: 2);
        var path = WriteCsv("o'brien's cases.csv", SourceCases.Table(cases));

        var result = DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Tally_MissingFile_ThrowsFileNotFoundNamingIt()
    {
        var path = Path.Combine(folder, "missing.csv");

        var e = Assert.Throws<FileNotFoundException>(() => DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default));

        Assert.Equal(path, e.FileName);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_GlobMatchingNoFile_ThrowsNamingIt()
    {
        var pattern = Path.Combine(folder, "none-*.parquet");

        var e = Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(pattern, SourceCases.VnMonths, CaseReadOptions.Default));

        Assert.Equal("paths", e.ParamName);
        Assert.Contains(pattern, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_MixedKinds_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(["a.csv", "b.parquet"], SourceCases.VnMonths, CaseReadOptions.Default));

        Assert.Equal("paths", e.ParamName);
        Assert.Contains("'a.csv' is CSV", e.Message, StringComparison.Ordinal);
        Assert.Contains("'b.parquet' is PARQUET", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases.xlsx")]
    [InlineData(" ")]
    public void Tally_UnknownKindOrBlankPath_Throws(string path) =>
        Assert.Equal("paths", Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default)).ParamName);

    [Fact]
    public void Tally_ArgumentRules_AreChecked()
    {
        var csv = WriteCsv("cases.csv", SourceCases.ThreeRows());
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally((string)null!, SourceCases.VnMonths, CaseReadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally((IEnumerable<string>)null!, SourceCases.VnMonths, CaseReadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally([csv, null!], SourceCases.VnMonths, CaseReadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally(csv, null!, CaseReadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally(csv, SourceCases.VnMonths, null!));
        Assert.Equal("paths", Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(Array.Empty<string>(), SourceCases.VnMonths, CaseReadOptions.Default)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(csv, [], CaseReadOptions.Default)).ParamName);
        Assert.Equal("schema", Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(csv, SourceCases.VnMonths, CaseReadOptions.Default.WithColumns(CaseSourceColumns.Default.WithSeverity("muc_do")))).ParamName);
        using var connection = DuckDbCases.OpenConnection();
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally(null!, "cases", SourceCases.VnMonths, CaseReadOptions.Default));
        Assert.Throws<ArgumentNullException>(() => DuckDbCases.Tally(connection, null!, SourceCases.VnMonths, CaseReadOptions.Default));
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => DuckDbCases.Tally(connection, " ", SourceCases.VnMonths, CaseReadOptions.Default)).ParamName);
    }

    [Fact]
    public async Task TallyAsync_TallyEditionRules_AreChecked()
    {
        var csv = WriteCsv("cases.csv", SourceCases.ThreeRows());
        var of34 = CaseReadOptions.Default.WithEdition(ProvinceEdition.Provinces34);
        var token = TestContext.Current.CancellationToken;

        Assert.Equal("tallyEdition", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await DuckDbCases.TallyAsync([csv], SourceCases.VnMonths, CaseReadOptions.Default, (ProvinceEdition)9, token))).ParamName);
        Assert.Equal("tallyEdition", (await Assert.ThrowsAsync<ArgumentException>(async () => await DuckDbCases.TallyAsync([csv], SourceCases.VnMonths, of34, ProvinceEdition.Provinces63, token))).ParamName);
        using var connection = DuckDbCases.OpenConnection();
        Assert.Equal("tallyEdition", (await Assert.ThrowsAsync<ArgumentException>(async () => await DuckDbCases.TallyAsync(connection, "t", SourceCases.VnMonths, of34, ProvinceEdition.Provinces63, token))).ParamName);
    }

    [Fact]
    public async Task TallyAsync_Cancelled_Throws()
    {
        var csv = WriteCsv("cases.csv", SourceCases.ThreeRows());
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        using var connection = DuckDbCases.OpenConnection();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await DuckDbCases.TallyAsync([csv], SourceCases.VnMonths, CaseReadOptions.Default, ProvinceEdition.Provinces63, cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await DuckDbCases.TallyAsync(connection, "t", SourceCases.VnMonths, CaseReadOptions.Default, ProvinceEdition.Provinces63, cancel.Token));
    }

    [Fact]
    public void Tally_NotACsvFile_ThrowsTheEnginesError()
    {
        var path = Path.Combine(folder, "broken.parquet");
        File.WriteAllText(path, "not parquet");

        Assert.IsAssignableFrom<System.Data.Common.DbException>(Assert.ThrowsAny<Exception>(() => DuckDbCases.Tally(path, SourceCases.VnMonths, CaseReadOptions.Default)));
        using var connection = DuckDbCases.OpenConnection();
        Assert.IsAssignableFrom<System.Data.Common.DbException>(Assert.ThrowsAny<Exception>(() => DuckDbCases.Tally(connection, "no_such_table", SourceCases.VnMonths, CaseReadOptions.Default)));
    }

    [Fact]
    public void OpenConnection_Always_TurnsOffExtensionAutoInstallAndAutoLoad()
    {
        using var connection = DuckDbCases.OpenConnection();
        using var command = connection.CreateCommand();

        command.CommandText = "SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')";
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal((false, false), ((bool)reader.GetValue(0), (bool)reader.GetValue(1)));
        Assert.Equal(ConnectionState.Open, connection.State);
    }

    [Fact]
    public void ExcelRecipe_MiniExcelReader_EqualsTheAggregator()
    {
        var cases = SourceCases.Random(500, seed: 33);
        var table = SourceCases.Table(cases);
        var rows = table.Rows.Cast<DataRow>().Select(r => Header.ToDictionary(h => h, h => r[h] is DBNull ? null : r[h])).ToList();
        var path = Path.Combine(folder, "cases.xlsx");
        var periods = SourceCases.VnMonths;
        var options = CaseReadOptions.Default;
        MiniExcel.SaveAs(path, rows);

        // The recipe of src/PublicSecurity.Stats.DuckDB/README.md, as written there.
        using var reader = MiniExcel.GetReader(path, useHeaderRow: true);
        var result = CaseSource.Read(reader, periods, options);
        Console.WriteLine(result);

        Assert.Equal(CaseAggregator.Tally(cases, periods), result.Tally);
    }


    /// <summary>A field as RFC 4180 writes it: a missing value as nothing (DuckDB reads NULL), text quoted when it holds a delimiter, a quote, a line break or edge spaces, or is empty.</summary>
    private static string Field(object value, char delimiter) => value switch
    {
        DBNull => string.Empty,
        string s when s.Length == 0 || s.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 || s.Trim() != s => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private string WriteCsv(string name, DataTable table, char delimiter = ',')
    {
        var text = new StringBuilder(string.Join(delimiter, Header)).Append("\r\n");
        foreach (DataRow row in table.Rows)
        {
            text.Append(string.Join(delimiter, Header.Select(h => Field(row[h], delimiter)))).Append("\r\n");
        }

        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>The cases split over three CSV files (part0, part1, part2) in order.</summary>
    private string[] Split(CriminalCase[] cases, string pattern) => Split(SourceCases.Table(cases), pattern);

    private string[] Split(DataTable table, string pattern)
    {
        var third = (table.Rows.Count + 2) / 3;
        return [.. Enumerable.Range(0, 3).Select(p =>
        {
            var part = table.Clone();
            foreach (var row in table.Rows.Cast<DataRow>().Skip(p * third).Take(third))
            {
                part.ImportRow(row);
            }

            return WriteCsv(string.Format(CultureInfo.InvariantCulture, pattern, p), part);
        })];
    }

    /// <summary>A typed table <c>cases</c> (DATE columns; provinces, outcomes, severities and groups spelled as exports do).</summary>
    private static void LoadTable(DuckDBConnection connection, IReadOnlyList<CriminalCase> cases)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE cases (id VARCHAR, province VARCHAR, recorded_on DATE, outcome VARCHAR, outcome_on DATE, severity VARCHAR, offence_group VARCHAR)";
            create.ExecuteNonQuery();
        }

        using var appender = connection.CreateAppender("cases");
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            appender.CreateRow()
                .AppendValue(c.Id)
                .AppendValue(SourceCases.Province(c.Province, i))
                .AppendValue((DateOnly?)c.RecordedOn)
                .AppendValue(i % 2 == 0 ? SourceCases.Camel(c.Outcome.ToString()) : ((int)c.Outcome).ToString(CultureInfo.InvariantCulture))
                .AppendValue(c.OutcomeOn)
                .AppendValue(i % 3 == 1 ? ((int)c.Severity).ToString(CultureInfo.InvariantCulture) : SourceCases.Camel(c.Severity.ToString()))
                .AppendValue(SourceCases.Camel(c.OffenceGroup.ToString()))
                .EndRow();
        }
    }

    private string WriteParquet(string name, IReadOnlyList<CriminalCase> cases)
    {
        var path = Path.Combine(folder, name);
        using var connection = DuckDbCases.OpenConnection();
        LoadTable(connection, cases);
        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY (SELECT * FROM cases) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        copy.ExecuteNonQuery();
        return path;
    }
}
