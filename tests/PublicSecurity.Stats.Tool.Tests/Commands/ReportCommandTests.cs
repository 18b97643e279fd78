using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

public sealed class ReportCommandTests
{
    [Theory]
    [MemberData(nameof(Formats.All), MemberType = typeof(Formats))]
    public async Task Report_EveryFormatAndLanguage_MatchesSnapshot(string format, string language)
    {
        var result = await ToolRunner.RunAsync(
            ["report", ToolFiles.PathOf("cases.csv"), ToolFiles.PathOf("traffic-q1.csv"), "--province", "Bình Dương", "--period", "2023-10M", "--published", ToolFiles.PathOf("figures.json"), "--data-as-of", "2023-11-14", "--format", format, "--lang", language],
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.Exit);
        Snapshot.Verify(result.Out, Formats.Extension(format), $"{format}-{language}");
    }

    [Fact]
    public async Task Report_UnknownProvince_IsAUsageError()
    {
        var result = await ToolRunner.RunAsync(["report", ToolFiles.PathOf("cases.csv"), "--province", "Atlantis", "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("'Atlantis' names no province", result.Error, StringComparison.Ordinal);
    }
}
