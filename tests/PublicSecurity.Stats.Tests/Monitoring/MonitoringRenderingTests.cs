using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Monitoring;

/// <summary>Snapshots of the monitoring results' renderings (text, Markdown, HTML, SVG, JSON) in both languages.</summary>
public sealed class MonitoringRenderingTests
{
    internal static FarringtonResult SampleFarrington() =>
        Farrington.Compute(SampleReports.BinhDuongTrafficDeathsIllustrative(), 10, FarringtonOptions.Create(yearsBack: 3));

    internal static GlrResult SampleGlr() =>
        GlrDetector.Compute(SampleReports.BinhDuongTrafficDeathsIllustrative(), 10, GlrBaseline.Create(harmonics: 1), GlrOptions.Create(threshold: 3, returnCases: true));

    internal static GlrResult SampleGlrNegativeBinomial() =>
        GlrDetector.Compute(SampleReports.BinhDuongTrafficDeathsIllustrative(), 22, GlrBaseline.Create(harmonics: 1, trend: true), GlrOptions.Create(threshold: 2, alpha: 0.05, window: 6));

    /// <summary>An all-zero series of 8 years, every month monitored after b = 5, under a 90-character title.</summary>
    internal static string ZeroSeriesLongTitle(Language language) =>
        Farrington.Compute(
            MonthlySeries.Create(ProvinceCatalog.Find(ProvinceEdition.Provinces63, "79"), MonitoredCriterion.DrugCases, ReportingCalendar.Gregorian, 2016, 1, new long[96]),
            33)
        .ToSvg(language, language == Language.Vietnamese ? Reporting.ChartGeometryTests.LongVietnameseName : Reporting.ChartGeometryTests.LongEnglishName);

    private static readonly Dictionary<string, Func<IRenderable>> Results = new()
    {
        ["farrington"] = SampleFarrington,
        ["glr"] = SampleGlr,
        ["glr-nb"] = SampleGlrNegativeBinomial,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Results.Keys)
        {
            data.Add(name, "en");
            data.Add(name, "vi");
        }

        return data;
    }

    private static Language L(string lang) => lang == "vi" ? Language.Vietnamese : Language.English;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToString_EachResult_MatchesSnapshot(string name, string lang) =>
        Snapshot.Verify(Results[name]().ToString(L(lang)) + "\n", "txt", $"{name}_{lang}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_EachResult_MatchesSnapshot(string name, string lang) =>
        Snapshot.Verify(Results[name]().ToMarkdown(L(lang)), "md", $"{name}_{lang}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToHtml_EachResult_MatchesSnapshot(string name, string lang)
    {
        var html = Results[name]().ToHtml(L(lang));

        Assert.Contains("<table", html, StringComparison.Ordinal);
        ChartColours.AssertOnlyPalette(html);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
        Snapshot.Verify(html, "html", $"{name}_{lang}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToSvg_EachResult_MatchesSnapshot(string name, string lang)
    {
        var svg = Results[name]() switch
        {
            FarringtonResult f => f.ToSvg(L(lang)),
            GlrResult g => g.ToSvg(L(lang)),
            var other => throw new InvalidOperationException(other.GetType().Name),
        };

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        ChartColours.AssertOnlyPalette(svg);
        Snapshot.Verify(svg, "svg", $"{name}_{lang}");
    }

    [Theory]
    [InlineData("farrington")]
    [InlineData("glr")]
    public void Json_EachResult_MatchesSnapshot(string name)
    {
        var json = Results[name]() switch
        {
            FarringtonResult f => StatsJson.Serialize(f, indented: true),
            GlrResult g => StatsJson.Serialize(g, indented: true),
            var other => throw new InvalidOperationException(other.GetType().Name),
        };

        Snapshot.Verify(json + "\n", "json", name);
    }

    [Fact]
    public void ToString_English_IsTheDefault()
    {
        var r = SampleFarrington();

        Assert.Equal(r.ToString(Language.English), r.ToString());
        Assert.Equal(SampleGlr().ToString(Language.English), SampleGlr().ToString());
    }

    [Fact]
    public void ToHtml_MaxRowsBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFarrington().ToHtml(Language.English, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleGlr().ToHtml(Language.English, 0));
    }

    [Fact]
    public void Render_UndefinedLanguage_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFarrington().ToString((Language)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFarrington().ToMarkdown((Language)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleGlr().ToSvg((Language)9));
    }
}
