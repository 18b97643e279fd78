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
