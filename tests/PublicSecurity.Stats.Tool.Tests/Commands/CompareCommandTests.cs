using System.Text.Json;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

public sealed class CompareCommandTests
{
    [Theory]
    [MemberData(nameof(Formats.All), MemberType = typeof(Formats))]
    public async Task Compare_EveryFormatAndLanguage_MatchesSnapshot(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["compare", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--with", "same-last-year", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Compare_AllProvinces_SumsTheProvinces()
    {
        var result = await ToolRunner.RunAsync(["compare", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--format", "json"], cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(result.Out);
        var metrics = json.RootElement.GetProperty("allProvinces").GetProperty("metrics");
        var occurred = metrics[0].GetProperty("comparison");

        // By hand (ToolFiles.Rows): 4 + 2 + 3 occurred in 2023, 3 + 1 + 1 in 2022; cleared 3 + 1 + 3 against 2 + 1 + 0.
        Assert.Equal(9, occurred.GetProperty("current").GetInt64());
        Assert.Equal(5, occurred.GetProperty("baseline").GetInt64());
        Assert.Equal(7, metrics[1].GetProperty("comparison").GetProperty("current").GetInt64());
        Assert.Equal(3, metrics[1].GetProperty("comparison").GetProperty("baseline").GetInt64());
        Assert.Equal(3, json.RootElement.GetProperty("provinces").GetArrayLength());
    }

    [Fact]
    public async Task Compare_TrafficTally_GivesTheSeedsQuarter()
    {
        var result = await ToolRunner.RunAsync(["compare", ToolFiles.PathOf("traffic-q1.csv"), "--period", "2023-Q1", "--lang", "vi"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, "txt");
    }

    [Fact]
    public async Task Compare_PeriodBeyondTheData_IsRefusedWithExit2()
    {
        var result = await ToolRunner.RunAsync(["compare", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--data-from", "2021-01-01", "--data-as-of", "2023-06-30"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("30/06/2023", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_PartialObservedDays_ComparesRates()
    {
        var result = await ToolRunner.RunAsync(["compare", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--data-from", "2021-01-01", "--data-as-of", "2023-06-30", "--partial", "observed-days", "--province", "Bình Dương"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, "txt");
    }
}
