using System.Text.Json;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

public sealed class CheckCommandTests
{
    [Theory]
    [MemberData(nameof(Formats.All), MemberType = typeof(Formats))]
    public async Task Check_EveryFormatAndLanguage_MatchesSnapshot(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["check", "trên 90%", "--cleared", "10", "--occurred", "11", "--period", "2023-10M", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Check_Over90PercentOf10Of11_IsConsistentAndTenIsTheSmallestCount()
    {
        var result = await ToolRunner.RunAsync(["check", "trên 90%", "--cleared", "10", "--occurred", "11", "--format", "json"], cancellationToken: TestContext.Current.CancellationToken);

        // By hand: 10/11 = 90.9% > 90%; more than 0.9 × 11 = 9.9 cleared means at least 10.
        using var json = JsonDocument.Parse(result.Out);
        var arithmetic = json.RootElement.GetProperty("arithmetic");
        Assert.Equal("consistent", arithmetic.GetProperty("status").GetString());
        Assert.Equal(10, arithmetic.GetProperty("satisfying").GetProperty("lower").GetInt64());
        Assert.True(arithmetic.GetProperty("satisfying").GetProperty("lowerIncluded").GetBoolean());
        var csv = await ToolRunner.RunAsync(["check", "trên 90%", "--cleared", "9", "--occurred", "11", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(",inconsistent,", csv.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "en")]
    [InlineData("text", "vi")]
    [InlineData("csv", "en")]
    public async Task Check_Q1TrafficClaimsAgainstTheTally_AreCheckedWithTheExactTests(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["check", ToolFiles.PathOf("traffic-q1.csv"), "--claim", "giảm cả 3 tiêu chí", "--period", "2023-Q1", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Check_Q1Counts_GiveThePublishedDecreasesAndTheirPValues()
    {
        var result = await ToolRunner.RunAsync(["check", ToolFiles.PathOf("traffic-q1.csv"), "--claim", "giảm", "--period", "2023-Q1", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        // The seed: 97 against 144 accidents, 46 against 73 deaths, 78 against 103 injured; R 4.2.2
        // binom.test(c, c + b, 0.5) two-sided p-values 0.00297, 0.0168, 0.0741 (the library's claim tests).
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(["traffic.accidents", "traffic.deaths", "traffic.injured"], rows.Select(r => r[1]));
        Assert.Equal(["97", "46", "78"], rows.Select(r => r[5]));
        Assert.Equal(["144", "73", "103"], rows.Select(r => r[6]));
        var p = rows.Select(r => double.Parse(r[9], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(p[0], 0.002965, 0.002975);
        Assert.InRange(p[1], 0.01675, 0.01685);
        Assert.InRange(p[2], 0.07405, 0.07415);
    }

    [Theory]
    [InlineData("text", "en")]
    [InlineData("text", "vi")]
    [InlineData("json", "en")]
    public async Task Check_TenMonthClaimAgainstQuarterCounts_IsNotCheckable(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["check", ToolFiles.PathOf("traffic-q1.csv"), "--claim", "giảm cả 3 tiêu chí", "--period", "2023-10M", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Assert.Equal(3, result.Out.Split(format == "json" ? "\"notCheckable\"" : language == "en" ? "not checkable" : "không kiểm tra được").Length - 1);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Check_ClaimWithoutCounts_IsNotCheckable()
    {
        var result = await ToolRunner.RunAsync(["check", "giảm cả 3 tiêu chí", "--period", "10 tháng đầu năm 2023", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Assert.Contains(",notCheckable,", result.Out, StringComparison.Ordinal);
        Assert.Contains(",noCounts", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RankAgainstCaseData_ListsTheMeasuresUnderWhichItHolds()
    {
        var result = await ToolRunner.RunAsync(["check", ToolFiles.PathOf("cases.csv"), "--claim", "đứng thứ hai", "--province", "Bình Dương", "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        // By hand: clearance TP.HCM 3/3, Bình Dương 3/4, Hà Nội 1/2, so Bình Dương is 2nd by clearance.
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, "txt");
    }

    [Theory]
    [InlineData(new[] { "check" }, "check needs a claim")]
    [InlineData(new[] { "check", "xyz" }, "the claim: The figure must be")]
    [InlineData(new[] { "check", "trên 90%", "--total", "5" }, "is a share: give --cleared and --occurred")]
    [InlineData(new[] { "check", "thứ 2" }, "A rank claim is checked against data")]
    [InlineData(new[] { "check", "trên 90%", "extra.csv" }, "give the claim with --claim")]
    [InlineData(new[] { "check", "trên 90%", "--cleared", "12", "--occurred", "11" }, "12")]
    public async Task Check_BadUse_Exits2WithTheReason(string[] args, string message)
    {
        var result = await ToolRunner.RunAsync(args, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FilesWithoutPeriod_Exits2()
    {
        var result = await ToolRunner.RunAsync(["check", ToolFiles.PathOf("cases.csv"), "--claim", "trên 90%"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("needs --period", result.Error, StringComparison.Ordinal);
    }
}
