using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Reporting;

public sealed class ChartsTests
{
    internal static string SampleChanges(Language language) => Charts.Changes(
        language == Language.Vietnamese ? "Tai nạn giao thông, quý I/2023 so với cùng kỳ" : "Traffic accidents, Q1 2023 against Q1 2022",
        language == Language.Vietnamese ? "Tỷ số (kỳ này ÷ cùng kỳ), thang logarit" : "Rate ratio (current ÷ same period last year), log scale",
        [
            new ChangeRow(language == Language.Vietnamese ? "số vụ" : "accidents", 0.6736, 0.5171, 0.8730, "−32,64%, p = 0,003", true),
            new ChangeRow(language == Language.Vietnamese ? "số người chết" : "deaths", 0.6301, 0.4291, 0.9175, "−36,99%, p = 0,017", true),
            new ChangeRow(language == Language.Vietnamese ? "số người bị thương" : "injured", 0.7573, 0.5581, 1.0247, "−24,27%, p = 0,074", false),
            new ChangeRow("new", double.PositiveInfinity, 0.9, double.PositiveInfinity, "0 → 3", false),
        ],
        language);

    internal static string SampleRanks(Language language) => Charts.RankIntervals(
        "Level-2 e-ID activation against target",
        "Rank (1 = best)",
        Enumerable.Range(1, 20).Select(i => new RankRow($"Province {i:00}", i, Math.Max(1, i - 3), Math.Min(20, i + 4), i == 2)).ToList(),
        20,
        language);

    internal static string SampleFunnel(Language language)
    {
        var limits = Enumerable.Range(0, 40).Select(i =>
        {
            var n = Math.Pow(10, 2 + (i * 0.075));
            var se = Math.Sqrt(0.8 * 0.2 / n);
            return new FunnelLimitPoint(n, 0.8 - (1.96 * se), 0.8 + (1.96 * se), 0.8 - (3.09 * se), 0.8 + (3.09 * se));
        }).ToList();
        FunnelPoint[] points =
        [
            new("A", 150, 0.75, FunnelPointFlag.Within),
            new("B", 900, 0.86, FunnelPointFlag.Outside95),
            new("C", 4000, 0.76, FunnelPointFlag.Outside998),
            new("D", 20000, 0.801, FunnelPointFlag.Within),
        ];
        return Charts.Funnel("Clearance rate funnel", "Cases (log scale)", "Clearance rate", 0.8, points, limits, language, 2);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Changes_Sample_MatchesSnapshot(string lang) =>
        Snapshot.Verify(SampleChanges(lang == "vi" ? Language.Vietnamese : Language.English), "svg", lang);

    [Fact]
    public void RankIntervals_Sample_MatchesSnapshot() => Snapshot.Verify(SampleRanks(Language.English), "svg");

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Funnel_Sample_MatchesSnapshot(string lang) =>
        Snapshot.Verify(SampleFunnel(lang == "vi" ? Language.Vietnamese : Language.English), "svg", lang);

    [Fact]
    public void Charts_UseOnlyOkabeItoColoursAndThePageColour()
    {
        foreach (var svg in new[] { SampleChanges(Language.English), SampleRanks(Language.English), SampleFunnel(Language.English) })
        {
            ChartColours.AssertOnlyPalette(svg);
            Assert.Contains("currentColor", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LinearTicks_CoverTheRangeWithRoundSteps()
    {
        Assert.Equal([0.7, 0.75, 0.8, 0.85, 0.9], Charts.LinearTicks(0.68, 0.91, 6));
    }

    [Fact]
    public void RankTicks_StartAtOneAndEndAtTheUnitCount()
    {
        Assert.Equal([1, 10, 20, 30, 40, 50, 60, 63], Charts.RankTicks(63));
        Assert.Equal([1, 2, 3], Charts.RankTicks(3));
    }

    [Fact]
    public void LogTicks_NarrowRange_FallsBackToEveryDigit()
    {
        Assert.Equal([0.5, 1, 2, 5, 10], Charts.LogTicks(0.4, 12));
        Assert.Equal([0.5, 0.6, 0.7, 0.8, 0.9, 1], Charts.LogTicks(0.43, 1.02));
    }
}
