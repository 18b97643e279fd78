using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Reporting;

public sealed class ProvincialReportAnalysisTests
{
    private static readonly ProvincialReportAnalysis Analysis = SampleReports.BinhDuong10Months2023Analysis();

    private static Language L(string lang) => lang == "vi" ? Language.Vietnamese : Language.English;

    [Fact]
    public void Compute_Sample_HasEverySection()
    {
        Assert.NotNull(Analysis.PeriodClearance);
        Assert.NotNull(Analysis.CohortClearance);
        Assert.NotNull(Analysis.Traffic);
        Assert.NotNull(Analysis.ElectronicIdByTarget);
        Assert.NotNull(Analysis.ElectronicIdPerCapitaIntervals);
        Assert.NotNull(Analysis.ElectronicIdFunnel);
        Assert.Equal(63, Analysis.ElectronicIdByTarget!.RankedCount);
        Assert.True(Analysis.Traffic!.Verdict.AllDecreased);
        Assert.False(Analysis.Traffic.Verdict.AllDecreasedSignificantly);
        Assert.Equal(new DateOnly(2023, 11, 14), Analysis.DataAsOf);
    }

    [Fact]
    public void Compute_Sample_ClearanceFromIllustrativeCasesIsAboveNinetyPercent()
    {
        // SampleReports: 12 illustrative cases, 1 unfounded, 10 of the 11 that occurred cleared.
        Assert.Equal(10, Analysis.PeriodClearance!.Overall.Cleared);
        Assert.Equal(11, Analysis.PeriodClearance.Overall.Occurred);
        Assert.Null(Analysis.PeriodClearance.Overall.Interval);
        Assert.NotNull(Analysis.CohortClearance!.Overall.Interval);
    }

    [Fact]
    public void Compute_ElectronicId_BinhDuongRowIsPublishedAndTheOthersIllustrative()
    {
        var sample = SampleReports.ElectronicIdLevel2As14November2023();
        var binhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

        Assert.Equal(63, sample.Activations.Count);
        Assert.False(sample.IsIllustrative(binhDuong));
        Assert.Equal(62, sample.Activations.Count(a => sample.IsIllustrative(a.Province)));
        Assert.Equal(1_400_000, sample.Activations.Single(a => a.Province == binhDuong).AccountsActivated);
        Assert.Equal(1_200_000, sample.Activations.Single(a => a.Province == binhDuong).Target);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Renderers_EveryFormat_MarkTheIllustrativeSections(string lang)
    {
        var word = lang == "vi" ? "Minh họa" : "Illustrative";

        Assert.Contains(word, Analysis.ToString(L(lang)), StringComparison.Ordinal);
        Assert.Contains(word, Analysis.ToMarkdown(L(lang)), StringComparison.Ordinal);
        Assert.Contains(word, Analysis.ToHtml(L(lang)), StringComparison.Ordinal);
        Assert.Contains("\"illustrative\": true", StatsJson.Serialize(Analysis, indented: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FunnelUnits_CarryTheAdjustedZBesideTheUnadjusted()
    {
        using var json = System.Text.Json.JsonDocument.Parse(StatsJson.Serialize(Analysis));
        var funnel = json.RootElement.GetProperty("electronicId").GetProperty("funnel");
        var tau2 = funnel.GetProperty("tau2").GetDouble();

        Assert.Equal("additive", funnel.GetProperty("applied").GetString());
        foreach (var unit in funnel.GetProperty("units").EnumerateArray())
        {
            // The limits are θ₀ ± z_p·√(s² + τ̂²) with s = 1/(2√n): the z they use is z·s/√(s² + τ̂²).
            var z = unit.GetProperty("z").GetDouble();
            var s = 1 / (2 * Math.Sqrt(unit.GetProperty("denominator").GetDouble()));
            Tolerance.Close(z * s / Math.Sqrt((s * s) + tau2), unit.GetProperty("zAdjusted").GetDouble(), 1e-12, 1e-15, "zAdjusted");
        }
    }

    [Theory]
    [InlineData("en", "Funnel plot of proportions", "z (adjusted)")]
    [InlineData("vi", "Biểu đồ phễu tỷ lệ", "z (đã điều chỉnh)")]
    public void ToHtml_TheFunnelChart_HasItsTable(string lang, string caption, string column)
    {
        var html = Analysis.ToHtml(L(lang));
        var table = html.IndexOf(caption, StringComparison.Ordinal);
        var chart = html.IndexOf("class=\"ps-limit\"", StringComparison.Ordinal);

        Assert.True(table >= 0, "the funnel table is in the report");
        Assert.True(chart > table, "the table comes with the chart");
        Assert.Contains(column, html[table..chart], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void ToHtmlDocument_HasTheChartsAndTables(string lang)
    {
        var html = Analysis.ToHtmlDocument(L(lang));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.True(CountOf(html, "<svg") >= 3, "traffic changes, e-ID rank intervals and the funnel");
        Assert.True(CountOf(html, "<table") >= 8);
        Assert.Contains("15/12/2022–14/10/2023", html, StringComparison.Ordinal);
        Assert.Contains("15/12/2021–14/10/2022", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Render_Vietnamese_DescribesTheElectronicIdDataInVietnamese(string format)
    {
        // Issue 16, bug 3: the e-ID data description was an English paragraph in the Vietnamese report.
        var text = format switch
        {
            "text" => Analysis.ToString(Language.Vietnamese),
            "markdown" => Analysis.ToMarkdown(Language.Vietnamese),
            _ => Analysis.ToHtmlDocument(Language.Vietnamese),
        };

        Assert.DoesNotContain("Level-2 e-ID (VNeID) accounts activated", text, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu: Tài khoản định danh điện tử mức 2 (VNeID) đã kích hoạt và chỉ tiêu được giao, tính đến 14/11/2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDescription_BothLanguages_DescribeTheSameData()
    {
        var sample = SampleReports.ElectronicIdLevel2As14November2023();

        Assert.StartsWith("Level-2 e-ID (VNeID) accounts activated and assigned targets, as of 14/11/2023, 63 provinces.", sample.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal(sample.Description, sample.GetDescription(Language.English));
        Assert.StartsWith("Tài khoản định danh điện tử mức 2 (VNeID) đã kích hoạt và chỉ tiêu được giao, tính đến 14/11/2023, 63 tỉnh, thành phố.", sample.GetDescription(Language.Vietnamese), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("language", () => sample.GetDescription((Language)7));
    }

    [Fact]
    public void Compute_TooFewDraws_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProvincialReportAnalysis.Compute(SampleReports.BinhDuong10Months2023(), null, new DateOnly(2023, 11, 14), 1, 99));

        Assert.Equal("draws", ex.ParamName);
        Assert.Contains("at least 100; it was 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NullReport_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ProvincialReportAnalysis.Compute(null!, null, new DateOnly(2023, 11, 14)));
    }

    [Fact]
    public void Compute_DataAsOfBeforeTheTrafficQuarterEnds_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            ProvincialReportAnalysis.Compute(SampleReports.BinhDuong10Months2023(), null, new DateOnly(2023, 3, 1)));

        Assert.Equal("dataAsOf", ex.ParamName);
    }

    [Fact]
    public void Compute_WithoutElectronicId_SkipsTheRankings()
    {
        var analysis = ProvincialReportAnalysis.Compute(SampleReports.BinhDuong10Months2023(), null, new DateOnly(2023, 11, 14));

        Assert.Null(analysis.ElectronicIdByTarget);
        Assert.Null(analysis.ElectronicIdFunnel);
        Assert.Contains("\"electronicId\":null", StatsJson.Serialize(analysis), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "en")]
    [InlineData("text", "vi")]
    [InlineData("markdown", "en")]
    [InlineData("markdown", "vi")]
    [InlineData("html", "en")]
    [InlineData("html", "vi")]
    public void Render_Sample_MatchesSnapshot(string format, string lang)
    {
        var text = format switch
        {
            "text" => Analysis.ToString(L(lang)),
            "markdown" => Analysis.ToMarkdown(L(lang)),
            _ => Analysis.ToHtmlDocument(L(lang)),
        };

        Snapshot.Verify(text, format switch { "text" => "txt", "markdown" => "md", _ => "html" }, $"{format}_{lang}");
    }

    [Fact]
    public void Json_Sample_MatchesSnapshot() => Snapshot.Verify(StatsJson.Serialize(Analysis, indented: true) + "\n", "json");

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
