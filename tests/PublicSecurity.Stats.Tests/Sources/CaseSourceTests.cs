#pragma warning disable xUnit1051 // reason: the reads under test are synchronous and take milliseconds; the overloads with a token have their own tests here

using System.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Tests.Sources;

public sealed class CaseSourceTests
{
    private static readonly CaseReadOptions Collect = CaseReadOptions.Default.WithMaxRejectedRows(100);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_RawRowsInEverySpelling_EqualsTheInMemoryAggregator(bool typed)
    {
        var cases = SourceCases.Random(3_000, seed: 17);
        using var reader = SourceCases.Table(cases, typed).CreateDataReader();

        var result = CaseSource.Read(reader, SourceCases.VnMonths);

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.VnMonths), result.Tally);
        Assert.Equal((3_000L, 3_000L, 0L, 0L, true), (result.RowsRead, result.RowsCounted, result.RejectedRowCount, result.DuplicateCount, result.IdsChecked));
    }

    [Fact]
    public void Read_MoreRowsThanAChunk_EqualsTheInMemoryAggregatorOfBothEditionsAndCalendars()
    {
        var cases = SourceCases.Random(150_000, seed: 3, ProvinceEdition.Provinces34);
        using var reader = SourceCases.Table(cases).CreateDataReader();

        var result = CaseSource.Read(reader, SourceCases.GregorianQuarters, CaseReadOptions.Default.WithEdition(ProvinceEdition.Provinces34));

        Assert.Equal(CaseAggregator.Tally(cases, SourceCases.GregorianQuarters), result.Tally);
    }

    [Property(MaxTest = 40)]
    public Property Read_RandomCases_EqualsTheAggregator() => Prop.ForAll(
        Gen.Choose(0, 400).SelectMany(n => Gen.Choose(0, int.MaxValue).Select(seed => (n, seed))).ToArbitrary(),
        input =>
        {
            var cases = SourceCases.Random(input.n, input.seed);
            using var reader = SourceCases.Table(cases, typed: input.seed % 2 == 0).CreateDataReader();
            return CaseSource.Read(reader, SourceCases.VnMonths).Tally.Equals(CaseAggregator.Tally(cases, SourceCases.VnMonths));
        });

    [Fact]
    public async Task ReadAsync_DbDataReader_EqualsTheSyncRead()
    {
        var cases = SourceCases.Random(2_000, seed: 5);
        using var sync = SourceCases.Table(cases).CreateDataReader();
        using var async = SourceCases.Table(cases).CreateDataReader();

        var expected = CaseSource.Read(sync, SourceCases.VnMonths);
        var actual = await CaseSource.ReadAsync(async, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken);

        Assert.Equal(expected.Tally, actual.Tally);
    }

    public static TheoryData<string, int, object?, string, string> BadRows() => new()
    {
        // column, value given, the column named, the rule
        { "province", 1, "Atlantis", "province", "the province must be the code or name of a unit of the 63-unit edition" },
        { "province", 1, "074", "province", "the province must be the code or name of a unit of the 63-unit edition" },
        { "province", 1, 99, "province", "the province must be the code or name of a unit of the 63-unit edition" },
        { "province", 1, null, "province", "the province is required" },
        { "recorded_on", 1, "2024-02-30", "recorded_on", "the recorded date must be a date" },
        { "recorded_on", 1, "02/13/2024", "recorded_on", "the recorded date must be a date" },
        { "recorded_on", 1, null, "recorded_on", "the recorded date is required" },
        { "outcome", 1, "cleared", "outcome", "the outcome must be notCleared, clearedByArrest, clearedExceptionally, unfounded or 0–3" },
        { "outcome", 1, "CLEAREDBYARREST", "outcome", "the outcome must be notCleared" },
        { "outcome", 1, "1, 2", "outcome", "the outcome must be notCleared" },
        { "outcome", 1, 4, "outcome", "the outcome must be notCleared" },
        { "outcome", 1, null, "outcome", "the outcome is required" },
        { "outcome_on", 1, null, "outcome_on", "the outcome date is required when the outcome is ClearedByArrest" },
        { "outcome_on", 1, "2024-01-01", "outcome_on", "the outcome date must not be before the recorded date (10/01/2024)" },
        { "outcome_on", 1, "yesterday", "outcome_on", "the outcome date must be a date" },
        { "outcome_on", 0, "2024-02-01", "outcome_on", "a case that is not cleared must have no outcome date" },
        { "severity", 1, "grave", "severity", "the severity must be lessSerious, serious, verySerious, especiallySerious or 0–3" },
        { "severity", 1, 7, "severity", "the severity must be lessSerious" },
        { "severity", 1, null, "severity", "the severity is required" },
        { "offence_group", 1, "traffic", "offence_group", "the offence group must be socialOrder, drugs, economicOrder, corruptionAndPosition, environmentAndFoodSafety, other or 0–5" },
        { "offence_group", 1, 6, "offence_group", "the offence group must be socialOrder" },
        { "id", 1, " ", "id", "the case id must not be blank" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Read_BadRow_ThrowsNamingTheRowTheColumnTheValueAndTheRule(string column, int baseRow, object? value, string named, string rule)
    {
        var table = SourceCases.ThreeRows();
        table.Rows[baseRow][column] = value ?? DBNull.Value;

        var e = Assert.Throws<RowRejectedException>(() => CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths));

        Assert.Equal((baseRow + 1L, named, CellText.CaseRowTextForTests(value)), (e.Row, e.Column, e.Value));
        Assert.Contains(rule, e.Rule, StringComparison.Ordinal);
        Assert.StartsWith($"Row {baseRow + 1}, column '{named}': {e.Rule}; it was '{e.Value}'.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Read_BadRowWhenCollecting_ListsItCountsTheRestAndAccountsForEveryRow(string column, int baseRow, object? value, string named, string rule)
    {
        var table = SourceCases.ThreeRows();
        table.Rows[baseRow][column] = value ?? DBNull.Value;

        var result = CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths, Collect.WithSourceName("cases.csv"));

        var bad = Assert.Single(result.RejectedRows);
        Assert.Equal(("cases.csv", baseRow + 1L, named), (bad.Source, bad.Row, bad.Column));
        Assert.Contains(rule, bad.Rule, StringComparison.Ordinal);
        Assert.StartsWith($"cases.csv, Row {baseRow + 1}, column '{named}'", bad.Message, StringComparison.Ordinal);
        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsCounted, result.RejectedRowCount));
        var good = SourceCases.ThreeGood().Where((_, i) => i != baseRow).ToList();
        Assert.Equal(CaseAggregator.Tally(good, SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Read_MoreBadRowsThanTheCap_StopsAtTheFirstOverTheCap()
    {
        var table = SourceCases.ThreeRows();
        table.Rows[0]["severity"] = "x";
        table.Rows[2]["severity"] = "y";

        var e = Assert.Throws<RowRejectedException>(() => CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithMaxRejectedRows(1)));

        Assert.Equal((3L, "y"), (e.Row, e.Value));
    }

    [Fact]
    public void Read_MissingColumn_ThrowsNamingItAndListingTheColumns()
    {
        var table = SourceCases.ThreeRows();
        table.Columns.Remove("severity");

        var e = Assert.Throws<ArgumentException>(() => CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths));

        Assert.Equal("reader", e.ParamName);
        Assert.Contains("must have a column 'severity'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'offence_group'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherColumnNamesAndCodes_ReadsThroughTheMapping()
    {
        var table = SourceCases.ThreeRows();
        table.Columns["province"]!.ColumnName = "Tỉnh";
        table.Columns["outcome"]!.ColumnName = "KetQua";
        table.Rows[1]["KetQua"] = "ĐTT";
        var columns = CaseSourceColumns.Default.WithProvince("Tỉnh").WithOutcome("KetQua").WithOutcomeCode("ĐTT", CaseOutcome.ClearedByArrest);

        var result = CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithColumns(columns));

        Assert.Equal(CaseAggregator.Tally(SourceCases.ThreeGood(), SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Read_NoIdColumn_CountsEveryRowAndSaysIdsWereNotChecked()
    {
        var table = SourceCases.ThreeRows();
        table.Columns.Remove("id");

        var result = CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths);

        Assert.False(result.IdsChecked);
        Assert.EndsWith("ids not checked (no id column).", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChosenIdColumnMissing_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => CaseSource.Read(
            SourceCases.ThreeRows().CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithColumns(CaseSourceColumns.Default.WithId("ma_vu_an"))));

        Assert.Contains("'ma_vu_an'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateIdsAcrossTwoFiles_ReportedByDefaultAndCountedTwice()
    {
        var registry = new CaseIdRegistry();
        var options = CaseReadOptions.Default.WithIdRegistry(registry);
        var first = CaseSource.Read(SourceCases.ThreeRows().CreateDataReader(), SourceCases.VnMonths, options.WithSourceName("a.csv"));

        var second = CaseSource.Read(SourceCases.ThreeRows().CreateDataReader(), SourceCases.VnMonths, options.WithSourceName("b.csv"));

        Assert.Equal(0, first.DuplicateCount);
        Assert.Equal((3L, 3L, 0L), (second.DuplicateCount, second.RowsCounted, second.SkippedDuplicateRows));
        Assert.Equal("Case id 'a' at b.csv, row 1 was first read at a.csv, row 1 (counted twice).", second.Duplicates[0].ToString());
        Assert.Equal(3, registry.Count);
        Assert.Equal(first.Tally.Merge(first.Tally), first.Tally.Merge(second.Tally));
    }

    [Fact]
    public void Read_DuplicateIdKeepFirst_SkipsTheLaterRowAndSaysSo()
    {
        var table = SourceCases.ThreeRows();
        table.Rows[2]["id"] = "a";

        var result = CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithDuplicateIds(DuplicateIdPolicy.KeepFirst));

        Assert.Equal((3L, 2L, 1L, 1L), (result.RowsRead, result.RowsCounted, result.SkippedDuplicateRows, result.DuplicateCount));
        Assert.True(result.Duplicates[0].Skipped);
        Assert.Equal(CaseAggregator.Tally(SourceCases.ThreeGood().Take(2), SourceCases.VnMonths), result.Tally);
    }

    [Fact]
    public void Read_DuplicateIdReject_IsABadRow()
    {
        var table = SourceCases.ThreeRows();
        table.Rows[2]["id"] = "a";

        var e = Assert.Throws<RowRejectedException>(() => CaseSource.Read(table.CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithDuplicateIds(DuplicateIdPolicy.Reject)));

        Assert.Equal((3L, "id", "a"), (e.Row, e.Column, e.Value));
        Assert.Equal("the case id must be unique; it was first read at row 1", e.Rule);
    }

    [Fact]
    public void Read_Progress_ReportsEveryChunkAndTheEnd()
    {
        var cases = SourceCases.Random(140_000, seed: 1);
        var seen = new List<long>();

        CaseSource.Read(SourceCases.Table(cases).CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithProgress(new Recorder(seen)));

        Assert.Equal([65_536L, 131_072L, 140_000L], seen);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => CaseSource.Read(SourceCases.ThreeRows().CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default, cancel.Token));
    }

    [Fact]
    public void ReadRecords_RawRows_GivesTheSameRecords()
    {
        var cases = SourceCases.Random(500, seed: 8);

        var records = CaseSource.ReadRecords(SourceCases.Table(cases).CreateDataReader(), CaseReadOptions.Default, null).ToList();

        Assert.Equal(cases, records);
    }

    [Fact]
    public async Task ReadRecordsAsync_BadRowWhenCollecting_GivesTheOthersAndHandsTheRejectedRow()
    {
        var table = SourceCases.ThreeRows();
        table.Rows[1]["severity"] = "grave";
        var rejected = new List<RejectedRow>();

        var records = new List<CriminalCase>();
        await foreach (var record in CaseSource.ReadRecordsAsync(table.CreateDataReader(), Collect, rejected, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        Assert.Equal(["a", "c"], records.Select(r => r.Id));
        Assert.Equal((2L, "severity", "grave"), (rejected.Single().Row, rejected.Single().Column, rejected.Single().Value));
    }

    [Fact]
    public void ReadRecords_NoIdColumn_ThrowsAtOnce()
    {
        var table = SourceCases.ThreeRows();
        table.Columns.Remove("id");

        var e = Assert.Throws<ArgumentException>(() => CaseSource.ReadRecords(table.CreateDataReader(), CaseReadOptions.Default, null));

        Assert.Contains("Records need ids", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Rules_AreChecked()
    {
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => CaseReadOptions.Default.WithMaxRejectedRows(-1)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => CaseSourceColumns.Default.WithOutcomeCode("x", CaseOutcome.Unfounded).WithOutcomeCode(" x ", CaseOutcome.NotCleared)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => CaseSourceColumns.Default.WithProvince(" ")).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => CaseReadOptions.Default.WithDuplicateIds((DuplicateIdPolicy)9)).ParamName);
        Assert.Throws<ArgumentNullException>(() => CaseReadOptions.Default.WithColumns(null!));
    }


    private sealed class Recorder(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}

/// <summary>How a test value reads back in a message (the reader's text form).</summary>
internal static class CellText
{
    public static string CaseRowTextForTests(object? value) => value switch
    {
        null => "(null)",
        string { Length: 0 } => "(empty)",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
