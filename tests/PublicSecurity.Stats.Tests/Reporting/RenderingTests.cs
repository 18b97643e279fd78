using System.Text.RegularExpressions;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Reporting;

/// <summary>Snapshots of every result type's renderers (text, Markdown, HTML, SVG) in both languages.</summary>
public sealed partial class RenderingTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

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

    internal static readonly Dictionary<string, Func<IRenderable>> Results = new()
    {
        ["count"] = () => CountComparison.Compare(9, 12),
        ["count-bothzero"] = () => CountComparison.Compare(0, 0),
        ["proportion"] = () => ProportionComparison.Compare(56, 70, 48, 80),
        ["verdict"] = () => Comparisons.ChangeVerdictTests.BinhDuongQ1(),
        ["period"] = () => PeriodComparison.Traffic(
            new TrafficTallyBuilder([Vn.Quarter(2023, 1), Vn.Quarter(2022, 1)])
                .Add(BinhDuong, Vn.Quarter(2023, 1), 97, 46, 78).Add(BinhDuong, Vn.Quarter(2022, 1), 144, 73, 103).Build(),
            BinhDuong, Vn.Quarter(2023, 1), Vn.Quarter(2022, 1), new DateOnly(2023, 11, 14)),
        ["clearance"] = () => ClearanceRate.Cohort(820, 910, Vn.FirstMonths(2023, 10), new DateOnly(2023, 12, 31), 0.9),
        ["clearance-summary"] = () => ClearanceSummary.PeriodBasis(
            PublicSecurity.Stats.Samples.SampleReports.BinhDuong10Months2023().Cases!, BinhDuong, Vn.FirstMonths(2023, 10)),
        ["ranking"] = () => Ranking.Create(
            RankingMeasure.TargetAchievement("Level-2 e-ID, % of target", higherIsBetter: true),
            [
                RankingObservation.TargetAchievement("Bình Dương", 1_400_000, 1_200_000),
                RankingObservation.TargetAchievement("Hà Nội", 4_220_000, 5_387_000),
                RankingObservation.TargetAchievement("Bình Thuận", 699_634, 637_607),
                RankingObservation.TargetAchievement("Tiền Giang", 1_166_700, 1_000_000),
                RankingObservation.Missing("Kiên Giang"),
            ],
            TieMethod.Min,
            MissingValues.Keep),
        ["rank-intervals"] = () => RankIntervals.MonteCarlo(
            RankingMeasure.Proportion("Clearance rate", higherIsBetter: true),
            [
                RankingObservation.Proportion("A", 19, 20),
                RankingObservation.Proportion("B", 950, 1000),
                RankingObservation.Proportion("C", 80, 100),
                RankingObservation.Proportion("D", 700, 1000),
                RankingObservation.Proportion("E", 9, 15),
            ],
            seed: 42,
            draws: 2000),
        ["rank-sets"] = () => RankConfidenceSets.Compute([0.95, 0.90, 0.70, 0.69, 0.40], [0.01, 0.02, 0.02, 0.02, 0.05], higherIsBetter: true, seed: 7),
        ["funnel"] = () => FunnelPlot.Proportions(
            new (long X, long N)[] { (150, 200), (420, 500), (95, 130), (820, 1000), (310, 370), (66, 90), (1400, 1800), (230, 260), (510, 600), (48, 70), (720, 850), (905, 1100) }
                .Select((u, i) => new ProportionUnit<string>($"Unit {i + 1}", u.X, u.N)),
            0.8),
    };

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
    public void ToHtml_EachResult_MatchesSnapshot(string name, string lang) =>
        Snapshot.Verify(Results[name]().ToHtml(L(lang)), "html", $"{name}_{lang}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToHtml_EachResult_IsATableWithOnlyPaletteColoursAndNoScripts(string name, string lang)
    {
        var html = Results[name]().ToHtml(L(lang));

        Assert.Contains("<table", html, StringComparison.Ordinal);
        ChartColours.AssertOnlyPalette(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verdict")]
    [InlineData("rank-intervals")]
    [InlineData("funnel")]
    public void ToSvg_Charts_MatchSnapshotInBothLanguages(string name)
    {
        foreach (var lang in new[] { "en", "vi" })
        {
            var svg = Results[name]() switch
            {
                ChangeVerdict v => v.ToSvg(L(lang)),
                RankIntervals<string> r => r.ToSvg(L(lang), "B"),
                FunnelPlot<string> f => f.ToSvg(L(lang)),
                var other => throw new InvalidOperationException(other.GetType().Name),
            };
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
            ChartColours.AssertOnlyPalette(svg);
            Snapshot.Verify(svg, "svg", $"{name}_{lang}");
        }
    }

    [Fact]
    public void ToHtml_RowLimit_CutsLongTablesAndSaysSo()
    {
        var html = Results["funnel"]().ToHtml(Language.English, maxRows: 5);

        Assert.Contains("… 7 more rows not shown (row limit 5)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RowLimitBelowOne_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Results["count"]().ToHtml(Language.English, 0));

        Assert.Equal("maxRows", ex.ParamName);
        Assert.Contains("at least 1; it was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renderers_UndefinedLanguage_Throw()
    {
        foreach (var make in Results.Values)
        {
            var result = make();
            Assert.Throws<ArgumentOutOfRangeException>(() => result.ToMarkdown((Language)5));
            Assert.Throws<ArgumentOutOfRangeException>(() => result.ToHtml((Language)5));
        }
    }

    [Fact]
    public void ToString_Parameterless_IsEnglish()
    {
        foreach (var name in new[] { "count", "proportion", "verdict", "period", "clearance", "clearance-summary", "funnel" })
        {
            var result = Results[name]();
            Assert.Equal(result.ToString(Language.English), result.ToString());
        }
    }

    [Fact]
    public void Vietnamese_UsesDecimalCommaAndGroupDot()
    {
        var text = ClearanceRate.Period(3178, 3954, Vn.Month(2023, 5), 0.75).ToMarkdown(Language.Vietnamese);

        Assert.Contains("80,37%", text, StringComparison.Ordinal);
        Assert.Contains("3.178", text, StringComparison.Ordinal);
        Assert.Contains("+5,37 điểm phần trăm", text, StringComparison.Ordinal);
    }
}
