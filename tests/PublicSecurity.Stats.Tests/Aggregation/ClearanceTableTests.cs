using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>The clearance table rendered: text, Markdown, HTML and its chart, in both languages.</summary>
public sealed class ClearanceTableTests
{
    private static Language L(string lang) => lang == "vi" ? Language.Vietnamese : Language.English;

    [Fact]
    public void ToString_OneProvinceOnePeriod_IsSingular()
    {
        var one = CaseAggregator.Tally([CriminalCaseFor(BinhDuong)], [Vn.Month(2023, 1)]).ToClearanceTable();

        Assert.Equal("Clearance table (period basis): 1 province × 1 period", one.ToString());
        Assert.Equal("Clearance table (period basis): 2 provinces × 3 periods", ClearanceTests.Tally().ToClearanceTable().ToString());
    }

    [Theory]
    [InlineData("en", "Hà Nội", "—", "0 / 1 (0.00%)", "Bình Dương", "2 / 4 (50.00%)", "1 / 0 (—)")]
    [InlineData("vi", "Hà Nội", "—", "0 / 1 (0,00%)", "Bình Dương", "2 / 4 (50,00%)", "1 / 0 (—)")]
    public void ToString_HandCountedTally_ShowsEveryCellWithMissingAsDash(string lang, string first, string firstJan, string firstFeb, string second, string secondJan, string secondFeb)
    {
        // ClearanceTests.Tally: Bình Dương January 2 cleared (A, G) of 4 occurred, February 1 cleared (B) of 0;
        // Hà Nội has no January key (missing, not zero) and 0 of 1 in February; March has no key at all.
        var lines = ClearanceTests.Tally().ToClearanceTable().ToString(L(lang)).Split('\n');

        // March was requested but has no record and no coverage was declared: missing for both (issue 16, trap 7).
        Assert.Equal([first, firstJan, firstFeb, "—"], Cells(lines[3]));
        Assert.Equal([second, secondJan, secondFeb, "—"], Cells(lines[4]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_EveryFormat_MatchesSnapshot(string lang)
    {
        var table = ClearanceTests.Tally().ToClearanceTable();

        Snapshot.Verify(table.ToString(L(lang)), "txt", lang);
        Snapshot.Verify(table.ToMarkdown(L(lang)), "md", lang);
        Snapshot.Verify(table.ToHtml(L(lang)), "html", lang);
        Snapshot.Verify(table.ToSvg(L(lang)), "svg", lang);
    }

    // Two provinces × two months, worked by hand with threshold 3: Bình Dương January 1 of 2 (primary), February 6 of
    // 10; Bà Rịa–Vũng Tàu January 5 of 7, February 4 of 9. Row Bình Dương [2*, 10 | 12] → 10; column January
    // [2*, 7 | 9] → 7; column February [10*, 9 | 19] → 9; then every line has two: all four cells hidden, the totals
    // shown: Bình Dương 7 / 12, Bà Rịa–Vũng Tàu 9 / 16, January 6 / 9, February 10 / 19, all 16 / 28 (57.14%).
    private static ClearanceTable Small()
    {
        var cases = new List<PublicSecurity.Stats.Crime.CriminalCase>();
        void Add(Province p, DateOnly recorded, int occurred, int cleared)
        {
            for (var i = 0; i < occurred; i++)
            {
                var outcome = i < cleared ? PublicSecurity.Stats.Crime.CaseOutcome.ClearedByArrest : PublicSecurity.Stats.Crime.CaseOutcome.NotCleared;
                cases.Add(PublicSecurity.Stats.Crime.CriminalCase.Create(
                    $"{p.Code}-{recorded}-{i}", p, PublicSecurity.Stats.Crime.OffenceGroup.SocialOrder, PublicSecurity.Stats.Crime.Severity.Serious, recorded, outcome, i < cleared ? recorded : null));
            }
        }

        Add(BinhDuong, D(2, 1, 2023), 2, 1);
        Add(BinhDuong, D(2, 2, 2023), 10, 6);
        Add(BaRiaVungTau, D(2, 1, 2023), 7, 5);
        Add(BaRiaVungTau, D(2, 2, 2023), 9, 4);
        return CaseTally.Tally(cases, [Vn.Month(2023, 1), Vn.Month(2023, 2)]).ToClearanceTable();
    }

    [Fact]
    public void Suppress_HandWorkedTable_HidesEveryCellAndShowsTheTotals()
    {
        var t = Small().Suppress(SmallCellSuppression.Create(3));

        var lines = t.ToString(Language.English).Split('\n');

        Assert.Equal(CellSuppression.Primary, t.Suppression!.Cell(0, 0));
        Assert.Equal(3, t.Suppression.SecondaryCount);
        Assert.Equal(["Bình Dương", "*", "*", "7 / 12 (58.33%)"], Cells(lines[3]));
        Assert.Equal(["Bà Rịa - Vũng Tàu", "*", "*", "9 / 16 (56.25%)"], Cells(lines[4]));
        Assert.Equal(["Total", "6 / 9 (66.67%)", "10 / 19 (52.63%)", "16 / 28 (57.14%)"], Cells(lines[5]));
        Assert.Equal(1, t[0, 0]!.Value.Cleared);
        Assert.Null(Small().Suppression);
        Assert.Throws<ArgumentNullException>(() => Small().Suppress(null!));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_Suppressed_MatchesSnapshot(string lang)
    {
        var table = Small().Suppress(SmallCellSuppression.Create(3));

        Snapshot.Verify(table.ToString(L(lang)), "txt", lang);
        Snapshot.Verify(table.ToMarkdown(L(lang)), "md", lang);
        Snapshot.Verify(table.ToHtml(L(lang)), "html", lang);
    }

    [Fact]
    public void WriteCsv_Suppressed_HidesTheThreeValuesOfEachHiddenCell()
    {
        var writer = new StringWriter();

        Small().Suppress(SmallCellSuppression.Create(3)).WriteCsv(writer);

        // The totals by hand (see Small): 7 / 12 = 0.5833, 9 / 16 = 0.5625, 6 / 9 = 0.6667, 10 / 19 = 0.5263, 16 / 28 = 0.5714.
        Assert.Equal(
            "province_code,province,period_start,period_end,cleared,occurred,rate\n"
            + "74,Bình Dương,2022-12-15,2023-01-14,*,*,*\n"
            + "74,Bình Dương,2023-01-15,2023-02-14,*,*,*\n"
            + "77,Bà Rịa - Vũng Tàu,2022-12-15,2023-01-14,*,*,*\n"
            + "77,Bà Rịa - Vũng Tàu,2023-01-15,2023-02-14,*,*,*\n"
            + "74,Bình Dương,total,,7,12,0.5833\n"
            + "77,Bà Rịa - Vũng Tàu,total,,9,16,0.5625\n"
            + "total,,2022-12-15,2023-01-14,6,9,0.6667\n"
            + "total,,2023-01-15,2023-02-14,10,19,0.5263\n"
            + "total,,total,,16,28,0.5714\n",
            writer.ToString());
        Assert.Throws<ArgumentNullException>(() => Small().WriteCsv(null!));
    }

    [Fact]
    public void WriteCsv_MissingAndUndefined_AreEmptyNeverZero()
    {
        var writer = new StringWriter();

        ClearanceTests.Tally().ToClearanceTable().WriteCsv(writer);

        // Hà Nội has no January key; Bình Dương's February has 1 cleared of 0 occurred (rate undefined); February's
        // total is 0 + 1 cleared of 1 + 0 occurred.
        var lines = writer.ToString().Split('\n');
        Assert.Contains("01,Hà Nội,2022-12-15,2023-01-14,,,", lines);
        Assert.Contains("74,Bình Dương,2023-01-15,2023-02-14,1,0,", lines);
        Assert.Contains("01,Hà Nội,total,,,,", lines);
        Assert.Contains("total,,2023-01-15,2023-02-14,1,1,1.0000", lines);
    }

    [Fact]
    public void Json_Suppressed_MatchesSnapshot_WithExplicitMarkers()
    {
        var json = PublicSecurity.Stats.Serialization.StatsJson.Serialize(Small().Suppress(SmallCellSuppression.Create(3)), indented: true);

        Snapshot.Verify(json + "\n", "json");
        Assert.Contains("\"suppressed\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("primary", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_HasTheTableAndTheChart()
    {
        var html = ClearanceTests.Tally().ToClearanceTable(ClearanceBasis.Cohort).ToHtml(Language.Vietnamese);

        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        ChartColours.AssertOnlyPalette(html);
        Assert.Equal("maxRows", Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceTests.Tally().ToClearanceTable().ToHtml(maxRows: 0)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceTests.Tally().ToClearanceTable().ToSvg((Language)9)).ParamName);
    }

    private static PublicSecurity.Stats.Crime.CriminalCase CriminalCaseFor(Province province) =>
        PublicSecurity.Stats.Crime.CriminalCase.Create("X", province, PublicSecurity.Stats.Crime.OffenceGroup.SocialOrder, PublicSecurity.Stats.Crime.Severity.Serious, D(5, 1, 2023), PublicSecurity.Stats.Crime.CaseOutcome.NotCleared, null);

    private static string[] Cells(string line) =>
        line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
