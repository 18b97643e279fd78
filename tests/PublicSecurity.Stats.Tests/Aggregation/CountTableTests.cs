using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>Cases occurred by province × offence group, published with small-cell protection.</summary>
public sealed class CountTableTests
{
    // January 2023 = 15/12/2022–14/01/2023.
    private static readonly ReportingPeriod Jan = Vn.Month(2023, 1);

    // Occurred by hand (social order, drugs, economic order; the other three groups 0):
    //   Bình Dương 12, 3, 20 (13 social-order cases recorded, 1 of them unfounded); Bà Rịa–Vũng Tàu 8, 15, 9;
    //   Hồ Chí Minh 10, 11, 30. Row totals 35, 32, 51; column totals 30, 29, 59, 0, 0, 0; grand total 118.
    // With threshold 5 the pattern is SmallCellSuppressionTests' hand-worked grid: the zero columns are never
    // complements while a non-zero cell is left.
    private static CaseTally Tally()
    {
        var cases = new List<CriminalCase>();
        void Add(Province p, OffenceGroup g, int n, CaseOutcome outcome = CaseOutcome.NotCleared)
        {
            for (var i = 0; i < n; i++)
            {
                cases.Add(CriminalCase.Create($"{p.Code}-{g}-{outcome}-{i}", p, g, Severity.Serious, D(2, 1, 2023), outcome, outcome == CaseOutcome.NotCleared ? null : D(5, 1, 2023)));
            }
        }

        Add(BinhDuong, OffenceGroup.SocialOrder, 12);
        Add(BinhDuong, OffenceGroup.SocialOrder, 1, CaseOutcome.Unfounded);
        Add(BinhDuong, OffenceGroup.Drugs, 3);
        Add(BinhDuong, OffenceGroup.EconomicOrder, 20);
        Add(BaRiaVungTau, OffenceGroup.SocialOrder, 8);
        Add(BaRiaVungTau, OffenceGroup.Drugs, 15);
        Add(BaRiaVungTau, OffenceGroup.EconomicOrder, 9);
        Add(HoChiMinh63, OffenceGroup.SocialOrder, 10);
        Add(HoChiMinh63, OffenceGroup.Drugs, 11);
        Add(HoChiMinh63, OffenceGroup.EconomicOrder, 30);
        return CaseTally.Tally(cases, [Jan]);
    }

    private static Language L(string lang) => lang == "vi" ? Language.Vietnamese : Language.English;

    [Fact]
    public void ToCountTable_HandCountedCases_GivesCellsAndTotals()
    {
        var t = Tally().ToCountTable(Jan);

        Assert.Equal([BinhDuong, BaRiaVungTau, HoChiMinh63], t.Provinces);
        Assert.Equal(6, t.ColumnCount);
        Assert.Equal(12, t[0, 0]);
        Assert.Equal(3, t[0, 1]);
        Assert.Equal(0, t[2, 5]);
        Assert.Equal([35L, 32L, 51L], Enumerable.Range(0, 3).Select(r => t.RowTotal(r)!.Value));
        Assert.Equal([30L, 29L, 59L, 0L, 0L, 0L], Enumerable.Range(0, 6).Select(c => t.ColumnTotal(c)!.Value));
        Assert.Equal(118, t.GrandTotal);
        Assert.Equal("Ma túy", t.ColumnName(1, Language.Vietnamese));
        Assert.Null(t.Suppression);
        Assert.Equal("Count table: 3 provinces × 6 columns", t.ToString());
    }

    [Fact]
    public void Suppress_HidesTheHandWorkedPattern_AndKeepsTheCounts()
    {
        var t = Tally().ToCountTable(Jan).Suppress(SmallCellSuppression.Create(5));

        var p = t.Suppression!;
        Assert.Equal(CellSuppression.Primary, p.Cell(0, 1));
        Assert.Equal(
            [(0, 0), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)],
            Enumerable.Range(0, 18).Select(i => (i / 6, i % 6)).Where(x => p.Cell(x.Item1, x.Item2) == CellSuppression.Secondary));
        Assert.Equal(3, t[0, 1]);
        Assert.Equal("Count table: 3 provinces × 6 columns, counts below 5 suppressed, with secondary suppression (next smallest in line)", t.ToString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_Suppressed_MatchesSnapshot(string lang)
    {
        var t = Tally().ToCountTable(Jan).Suppress(SmallCellSuppression.Create(5));

        Snapshot.Verify(t.ToString(L(lang)), "txt", lang);
        Snapshot.Verify(t.ToMarkdown(L(lang)), "md", lang);
        Snapshot.Verify(t.ToHtml(L(lang)), "html", lang);
    }

    [Fact]
    public void Json_Suppressed_WritesExplicitMarkersNeverZero()
    {
        var t = Tally().ToCountTable(Jan).Suppress(SmallCellSuppression.Create(5));

        var json = StatsJson.Serialize(t, indented: true);

        Snapshot.Verify(json + "\n", "json");
        Assert.DoesNotContain("primary", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"count\": 3\n", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"count\": null,\n          \"suppressed\": true", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_MissingCell_IsFlaggedMissing()
    {
        // Hà Nội has a key only in February, so in a province × period view it would be missing; here a count table of
        // a period lists only the provinces with a key, and a caller's grid with a gap is flagged.
        var t = Tally().ToCountTable(Jan);

        var json = StatsJson.Serialize(t);

        Assert.Contains("\"suppression\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"grandTotal\":{\"count\":118}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCsv_Suppressed_WritesTheMarkAndTheTotalsLine()
    {
        var t = Tally().ToCountTable(Jan).Suppress(SmallCellSuppression.Create(5));
        var writer = new StringWriter();

        t.WriteCsv(writer);

        Assert.Equal(
            "province_code,province,socialOrder,drugs,economicOrder,corruptionAndPosition,environmentAndFoodSafety,other,total\n"
            + "74,Bình Dương,*,*,*,0,0,0,35\n"
            + "77,Bà Rịa - Vũng Tàu,*,15,*,0,0,0,32\n"
            + "79,Hồ Chí Minh,*,*,30,0,0,0,51\n"
            + "total,,30,29,59,0,0,0,118\n",
            writer.ToString());
        Assert.Throws<ArgumentNullException>(() => t.WriteCsv(null!));
    }

    [Fact]
    public void ToCountTable_BadArguments_Throw()
    {
        var tally = Tally();

        Assert.Equal("period", Assert.Throws<ArgumentException>(() => tally.ToCountTable(Vn.Month(2023, 2))).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => tally.ToCountTable(Jan, (SeverityGroup)9)).ParamName);
        Assert.Throws<ArgumentNullException>(() => tally.ToCountTable(null!));
        Assert.Throws<ArgumentNullException>(() => tally.ToCountTable(Jan).Suppress(null!));
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => tally.ToCountTable(Jan)[3, 0]).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => tally.ToCountTable(Jan).ColumnName(6, Language.English)).ParamName);
        Assert.Equal("maxRows", Assert.Throws<ArgumentOutOfRangeException>(() => tally.ToCountTable(Jan).ToHtml(Language.English, 0)).ParamName);
    }
}
