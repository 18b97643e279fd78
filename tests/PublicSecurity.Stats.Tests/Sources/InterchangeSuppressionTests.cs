using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>The tally interchange CSV written for publication with small-cell protection.</summary>
public sealed class InterchangeSuppressionTests
{
    private static readonly ReportingPeriod Q1of2022 = Vn.Quarter(2022, 1);
    private static readonly ReportingPeriod Q1of2023 = Vn.Quarter(2023, 1);

    // Deaths, worked by hand with threshold 5: Bình Dương 73, 46; Bà Rịa–Vũng Tàu 2 (primary), 12; Hồ Chí Minh 90, 85.
    // Row Bà Rịa–Vũng Tàu [2*, 12 | 14] → 12; column Q1 2022 [73, 2*, 90 | 165] → 73; column Q1 2023 [46, 12*, 85 | 143]
    // → 46; then every line has two. Accidents and injured have no count below 5. The rows of Bình Dương and Bà Rịa–
    // Vũng Tàu are hidden whole (accidents, deaths and injured); Hồ Chí Minh's are written.
    private static TrafficTally Traffic() => new TrafficTallyBuilder([Q1of2022, Q1of2023])
        .Add(BinhDuong, Q1of2022, 144, 73, 103).Add(BinhDuong, Q1of2023, 97, 46, 78)
        .Add(BaRiaVungTau, Q1of2022, 30, 2, 25).Add(BaRiaVungTau, Q1of2023, 28, 12, 20)
        .Add(HoChiMinh63, Q1of2022, 200, 90, 150).Add(HoChiMinh63, Q1of2023, 180, 85, 140)
        .Build();

    private static string Write(Action<TextWriter> write)
    {
        using var w = new StringWriter();
        write(w);
        return w.ToString();
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    [Fact]
    public void WriteCsv_Traffic_HidesTheHandWorkedRowsWhole()
    {
        var rows = Rows(Write(w => TallyInterchange.WriteCsv(Traffic(), w, SmallCellSuppression.Create(5))));

        var entries = rows.Where(r => r["row_kind"] == "entry").Select(r => (r["province_code"], r["period_start"], r["accidents"], r["deaths"], r["injured"])).ToList();
        Assert.Equal(
            [
                ("74", "2021-12-15", "*", "*", "*"), ("74", "2022-12-15", "*", "*", "*"),
                ("77", "2021-12-15", "*", "*", "*"), ("77", "2022-12-15", "*", "*", "*"),
                ("79", "2021-12-15", "200", "90", "150"), ("79", "2022-12-15", "180", "85", "140"),
            ],
            entries);
        Assert.Equal("0", rows.Single(r => r["row_kind"] == "outside")["outside"]);
    }

    [Fact]
    public void WriteCsv_WithoutSuppression_IsUnchanged_AndTheMarkedFileIsNotReadBack()
    {
        var plain = Write(w => TallyInterchange.WriteCsv(Traffic(), w));
        var none = Write(w => TallyInterchange.WriteCsv(Traffic(), w, SmallCellSuppression.Create(1)));
        var marked = Write(w => TallyInterchange.WriteCsv(Traffic(), w, SmallCellSuppression.Create(5)));

        Assert.Equal(plain, none);
        Assert.Equal(Traffic(), TallyInterchange.ReadTrafficCsv(new StringReader(plain)));
        var ex = Assert.Throws<RowRejectedException>(() => TallyInterchange.ReadTrafficCsv(new StringReader(marked)));
        Assert.Equal("*", ex.Value);
    }

    [Fact]
    public void WriteCsv_Cases_HidesEveryCountOfARow_SoOccurredCannotBeRecoveredFromRecordedMinusUnfounded()
    {
        // Bình Dương, January 2023: 10 recorded, 8 of them unfounded: 2 occurred (primary with threshold 3). Its row
        // [2* | 2*] (the total is 2 too); the column [2*, 20 | 22] hides Hồ Chí Minh's 20, and the totals column
        // hides Hồ Chí Minh's total. Both entry rows are hidden in every count; the runoff rows (0 cleared) stay.
        var jan = Vn.Month(2023, 1);
        var cases = Enumerable.Range(0, 10)
            .Select(i => CriminalCase.Create($"bd{i}", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, D(2, 1, 2023), i < 8 ? CaseOutcome.Unfounded : CaseOutcome.NotCleared, i < 8 ? D(3, 1, 2023) : null))
            .Concat(Enumerable.Range(0, 20).Select(i => CriminalCase.Create($"hcm{i}", HoChiMinh63, OffenceGroup.SocialOrder, Severity.Serious, D(2, 1, 2023), CaseOutcome.NotCleared, null)));
        var tally = CaseTally.Tally(cases, [jan]);

        var rows = Rows(Write(w => TallyInterchange.WriteCsv(tally, w, SmallCellSuppression.Create(3))));

        Assert.All(rows.Where(r => r["row_kind"] == "entry"), r => Assert.Equal(["*", "*", "*", "*"], new[] { r["recorded"], r["unfounded"], r["occurred"], r["cleared_in_period"] }));
        Assert.Equal(["0", "0"], rows.Where(r => r["row_kind"] == "runoff").Select(r => r["cleared_by"]));
    }

    [Fact]
    public void WriteCsv_NullSuppression_Throws()
    {
        Assert.Equal("suppression", Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(Traffic(), new StringWriter(), null!)).ParamName);
        Assert.Equal("tally", Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((TrafficTally)null!, new StringWriter(), SmallCellSuppression.Create(5))).ParamName);
    }

    [Fact]
    public void WriteCsv_OnePeriod_TheCountColumnsShareOnePattern_MarginsIncluded()
    {
        // One quarter: each cell is its province's margin. Deaths [2; 9] with threshold 3: 2 is primary in the cell and
        // its row margin; column [2*, 9 | 11] hides 9 and the margins column hides 9's margin. Accidents [20; 30] have
        // no small count, but share the pattern: both rows hidden whole, and accidents' row margins hidden with deaths'
        // (else publishing them elsewhere would give the hidden accidents back).
        var tally = new TrafficTallyBuilder([Q1of2023]).Add(BinhDuong, Q1of2023, 20, 2, 25).Add(HoChiMinh63, Q1of2023, 30, 9, 40).Build();

        var rows = Rows(Write(w => TallyInterchange.WriteCsv(tally, w, SmallCellSuppression.Create(3))));
        var deaths = SmallCellSuppression.Create(3).Apply(new long?[,] { { 2 }, { 9 } });
        var forced = new[] { true, deaths.RowTotal(0) != CellSuppression.Shown, true, deaths.RowTotal(1) != CellSuppression.Shown, false, false };
        var accidents = SuppressionPattern.Solve(SmallCellSuppression.Create(3), 2, 1, [20, 30], forced: forced);

        Assert.All(rows.Where(r => r["row_kind"] == "entry"), r => Assert.Equal(["*", "*", "*"], new[] { r["accidents"], r["deaths"], r["injured"] }));
        Assert.Equal(CellSuppression.Secondary, accidents.RowTotal(0));
        Assert.Equal(CellSuppression.Secondary, accidents.RowTotal(1));
        Assert.Equal(CellSuppression.Shown, accidents.ColumnTotal(0));
    }
}
