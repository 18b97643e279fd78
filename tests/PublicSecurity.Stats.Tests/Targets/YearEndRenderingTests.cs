using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Targets;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Targets;

/// <summary>Snapshots of the year-end projections' renderings (text, Markdown, HTML in both languages; JSON).</summary>
public sealed class YearEndRenderingTests
{
    /// <summary>
    /// Illustrative (not published) monthly traffic accidents of a Bình Dương-like province, January 2019 to October
    /// 2023, with the target "reduce to at most 400 accidents in 2023".
    /// </summary>
    internal static CountProjection SampleCount() => YearEndProjection.Count(
        MonthlySeries.Create(
            ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74"),
            MonitoredCriterion.TrafficAccidents,
            ReportingCalendar.VietnamStatistical,
            2019,
            1,
            [
                48, 41, 44, 39, 42, 40, 43, 45, 38, 41, 44, 52,
                45, 36, 33, 22, 35, 38, 40, 39, 36, 38, 41, 47,
                43, 37, 40, 36, 37, 30, 21, 18, 29, 35, 39, 44,
                40, 35, 38, 34, 36, 35, 37, 36, 33, 35, 38, 43,
                37, 33, 35, 31, 34, 32, 35, 33, 31, 32,
            ]),
        400,
        TargetDirection.AtMost);

    /// <summary>Illustrative clearances of the first 10 months of 2023 against the 90% target for very and especially serious crimes, 24 cases expected in November and December.</summary>
    internal static ClearanceProjection SampleClearance() => YearEndProjection.Clearance(
        [11, 9, 12, 10, 13, 11, 12, 9, 14, 11],
        [12, 10, 13, 12, 14, 12, 13, 10, 15, 13],
        24,
        0.90);

    private static readonly Dictionary<string, Func<IRenderable>> Results = new()
    {
        ["count"] = SampleCount,
        ["clearance"] = SampleClearance,
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
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
        Snapshot.Verify(html, "html", $"{name}_{lang}");
    }

    [Fact]
    public void Json_Count_MatchesSnapshot() => Snapshot.Verify(StatsJson.Serialize(SampleCount(), indented: true) + "\n", "json");

    [Fact]
    public void Json_Clearance_MatchesSnapshot() => Snapshot.Verify(StatsJson.Serialize(SampleClearance(), indented: true) + "\n", "json");

    [Fact]
    public void Statement_EachResult_IsTheLastNoteOfItsTable()
    {
        foreach (var lang in new[] { Language.English, Language.Vietnamese })
        {
            Assert.Contains(SampleCount().Statement(lang), SampleCount().ToString(lang), StringComparison.Ordinal);
            Assert.Contains(SampleClearance().Statement(lang), SampleClearance().ToString(lang), StringComparison.Ordinal);
        }

        Assert.Equal(SampleCount().ToString(Language.English), SampleCount().ToString());
        Assert.Equal(SampleClearance().ToString(Language.English), SampleClearance().ToString());
    }

    [Fact]
    public void Count_SameSeed_SameResult()
    {
        var a = SampleCount();
        var b = SampleCount();
        Assert.Equal((a.Lower, a.Upper, a.ProbabilityOfMeetingTarget), (b.Lower, b.Upper, b.ProbabilityOfMeetingTarget));
    }
}
