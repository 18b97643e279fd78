using System.Text.Json;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

public sealed class RankCommandTests
{
    [Theory]
    [MemberData(nameof(Formats.All), MemberType = typeof(Formats))]
    public async Task Rank_EveryFormatAndLanguage_MatchesSnapshot(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["rank", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--measure", "proportion", "--intervals", "--top", "1", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Rank_Proportion_RanksByClearedOverOccurred()
    {
        var result = await ToolRunner.RunAsync(["rank", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--format", "json"], cancellationToken: TestContext.Current.CancellationToken);

        // By hand: TP.HCM 3/3 = 1, Bình Dương 3/4 = 0.75, Hà Nội 1/2 = 0.5.
        using var json = JsonDocument.Parse(result.Out);
        var ranks = json.RootElement.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("provinceCode").GetString()!, e => (e.GetProperty("rank").GetDouble(), e.GetProperty("value").GetDouble()));
        Assert.Equal((1.0, 1.0), ranks["79"]);
        Assert.Equal((2.0, 0.75), ranks["74"]);
        Assert.Equal((3.0, 0.5), ranks["01"]);
    }

    [Fact]
    public async Task Rank_CountLowerIsBetter_RanksTheFewestFirst()
    {
        var result = await ToolRunner.RunAsync(["rank", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--measure", "count", "--numerator", "occurred", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        // By hand: occurred Hà Nội 2 (rank 1), TP.HCM 3 (2), Bình Dương 4 (3).
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[3]);
        Assert.Equal("1", rows["01"]);
        Assert.Equal("2", rows["79"]);
        Assert.Equal("3", rows["74"]);
    }

    [Fact]
    public async Task Rank_TopBeyondTheProvinces_IsAUsageError()
    {
        var result = await ToolRunner.RunAsync(["rank", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--top", "4"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--top must be from 1 to the number of provinces ranked (3); it was 4.", result.Error, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Rank_Top_GivesTheTauBestSetNestedInKAndHoldingTheSurelyAmong()
    {
        // The tau-best set (csranks cstaubest) always holds the K best by estimate (a unit's best possible rank is at most
        // its estimated rank), holds every province surely among the top K, grows with K, and at K = all is everything.
        var previous = new HashSet<string>(StringComparer.Ordinal);
        string[] byEstimate = ["79", "74", "01"]; // 3/3, 3/4, 1/2 (by hand)
        for (var k = 1; k <= 3; k++)
        {
            var result = await ToolRunner.RunAsync(["rank", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--top", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json"], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(0, result.Exit);
            using var json = JsonDocument.Parse(result.Out);
            var top = json.RootElement.GetProperty("top");
            var mayBe = top.GetProperty("mayBeAmongTopK").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            var surely = top.GetProperty("surelyAmongTopK").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(byEstimate.Take(k).ToHashSet(StringComparer.Ordinal), mayBe);
            Assert.Superset(surely, mayBe);
            Assert.Superset(previous, mayBe);
            var flags = json.RootElement.GetProperty("entries").EnumerateArray()
                .Where(e => e.GetProperty("inTauBestSet").GetBoolean()).Select(e => e.GetProperty("provinceCode").GetString()!);
            Assert.Equal(mayBe.Order(StringComparer.Ordinal), flags.Order(StringComparer.Ordinal));
            previous = mayBe;
        }

        Assert.Equal(3, previous.Count);
    }
}
