using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

public sealed class TallyCommandTests
{
    private static readonly ReportingPeriod Months2023 = ReportingCalendar.VietnamStatistical.FirstMonths(2023, 10);
    private static readonly ReportingPeriod Months2022 = ReportingCalendar.VietnamStatistical.FirstMonths(2022, 10);

    [Theory]
    [MemberData(nameof(Formats.All), MemberType = typeof(Formats))]
    public async Task Tally_EveryFormatAndLanguage_MatchesSnapshot(string format, string language)
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M,2022-10M", "--format", format, "--lang", language], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Tally_Csv_HoldsTheHandCounts()
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        var tally = TallyInterchange.ReadCasesCsv(new StringReader(result.Out));
        var (bd, hn, hcm) = (Find("74"), Find("01"), Find("79"));
        Assert.Equal(5, tally.Recorded(bd, Months2023));
        Assert.Equal(1, tally.Unfounded(bd, Months2023));
        Assert.Equal([4, 3, 2, 1, 3, 3], new[] { tally.Occurred(bd, Months2023), tally.ClearedInPeriod(bd, Months2023), tally.Occurred(hn, Months2023), tally.ClearedInPeriod(hn, Months2023), tally.Occurred(hcm, Months2023), tally.ClearedInPeriod(hcm, Months2023) });
        Assert.Equal([3, 2, 1, 1, 1, 0], new[] { tally.Occurred(bd, Months2022), tally.ClearedInPeriod(bd, Months2022), tally.Occurred(hn, Months2022), tally.ClearedInPeriod(hn, Months2022), tally.Occurred(hcm, Months2022), tally.ClearedInPeriod(hcm, Months2022) });
        Assert.StartsWith("schema_version,tally,row_kind,province_code,edition,period_start,period_end", result.Out, StringComparison.Ordinal);
        foreach (var column in new[] { "recorded", "unfounded", "occurred", "cleared_in_period" })
        {
            Assert.Contains(column, result.Out.Split('\n')[0].Split(','));
        }
    }

    [Theory]
    [InlineData("cases-vi.csv")]
    [InlineData("cases-semicolon.csv")]
    [InlineData("cases.parquet")]
    [InlineData("cases.xlsx")]
    [InlineData("cases.jsonl")]
    public async Task Tally_EveryInputKind_GivesTheTallyOfThePlainCsv(string file)
    {
        var plain = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        var other = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf(file), "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, other.Error);
        Assert.Equal(0, other.Exit);
        Assert.Equal(plain.Out, other.Out);
    }

    [Theory]
    [InlineData("cases-vi.csv")]
    [InlineData("cases.parquet")]
    [InlineData("cases.xlsx")]
    [InlineData("cases.jsonl")]
    public async Task Tally_StandardInput_IsReadByItsFirstBytes(string file)
    {
        var plain = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        await using var input = File.OpenRead(ToolFiles.PathOf(file));
        var piped = await ToolRunner.RunAsync(["tally", "-", "--period", "2023-10M", "--format", "csv"], input, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, piped.Exit);
        Assert.Equal(plain.Out, piped.Out);
    }

    [Fact]
    public async Task Tally_Out_WritesTheFileAndNothingOnStandardOutput()
    {
        var path = Path.Combine(ToolFiles.Folder, "tally-out-" + Guid.NewGuid().ToString("N") + ".md");
        var direct = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--format", "markdown"], cancellationToken: TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--format", "markdown", "--out", path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(direct.Out, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Contains("wrote", result.Error, StringComparison.Ordinal);
        File.Delete(path);
    }

    private static Province Find(string code) => ProvinceCatalog.Find(ProvinceEdition.Provinces63, code);
}
