using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

/// <summary>Bad options exit with 2, bad data with 3 (the rows named), file and engine errors with 4; nothing goes to standard output.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("--format pdf", "pdf")]
    [InlineData("--lang fr", "fr")]
    [InlineData("--period 2023-Q5", "2023-Q5")]
    [InlineData("--period Q1", "--period: The period must be one of the forms")]
    [InlineData("--period 2023-Q1,2023-10M", "must not overlap")]
    [InlineData("--calendar julian", "--calendar: The calendar must be 'vn'")]
    [InlineData("--column town=province", "--column must be FIELD=NAME")]
    [InlineData("--column province=tinh", "the input has no column 'tinh'")]
    [InlineData("--separator ;;", "--separator must be one character")]
    [InlineData("--encoding ebcdic", "--encoding must be utf-8, utf-16 or latin-1")]
    public async Task Tally_BadOption_Exits2WithTheReason(string options, string message)
    {
        string[] args = ["tally", ToolFiles.PathOf("cases.csv"), .. options.Split(' ')];
        if (!options.StartsWith("--period", StringComparison.Ordinal))
        {
            args = [.. args, "--period", "2023-10M"];
        }

        var result = await ToolRunner.RunAsync(args, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_WithoutPeriod_Exits2()
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--period", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'psstats tally --help'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_NoInput_Exits2()
    {
        var result = await ToolRunner.RunAsync(["tally", "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("No input", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_Exits2()
    {
        var result = await ToolRunner.RunAsync([], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
    }

    [Fact]
    public async Task Tally_UnknownExtension_Exits2()
    {
        var path = Path.Combine(ToolFiles.Folder, "notes.docx");
        await File.WriteAllTextAsync(path, "x", TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", path, "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Exit);
        Assert.Contains("not known by its extension", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_MalformedRow_Exits3AndNamesTheRowColumnValueAndRule()
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("malformed.csv"), "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("1 row rejected", result.Error, StringComparison.Ordinal);
        Assert.Contains("Row 4, column 'outcome': the outcome must be", result.Error, StringComparison.Ordinal);
        Assert.Contains("it was 'closed'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_NotUtf8_Exits3AndNamesTheEncodingOption()
    {
        var path = Path.Combine(ToolFiles.Folder, "latin1.csv");
        await File.WriteAllBytesAsync(path, [.. "id,province\nA,"u8.ToArray(), 0xE0, 0x0A], TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", path, "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Exit);
        Assert.Contains("is not UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("--encoding", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_MissingColumn_Exits3AndListsTheColumns()
    {
        var path = Path.Combine(ToolFiles.Folder, "no-outcome.csv");
        await File.WriteAllTextAsync(path, "id,province,recordedOn\nA,74,2023-01-01\n", TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", path, "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Exit);
        Assert.Contains("outcome", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_BadJsonLine_Exits3AndNamesTheLine()
    {
        var path = Path.Combine(ToolFiles.Folder, "bad.jsonl");
        var lines = await File.ReadAllLinesAsync(ToolFiles.PathOf("cases.jsonl"), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(path, [lines[0], "{\"id\": 1", lines[1]], TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", path, "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Exit);
        Assert.Contains("Line 2:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_MissingFile_Exits4()
    {
        var result = await ToolRunner.RunAsync(["tally", Path.Combine(ToolFiles.Folder, "absent.csv"), "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, result.Exit);
        Assert.Contains("absent.csv' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_ParquetThatIsNot_Exits4WithTheEnginesMessage()
    {
        var path = Path.Combine(ToolFiles.Folder, "broken.parquet");
        await File.WriteAllTextAsync(path, "this is not parquet", TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync(["tally", path, "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, result.Exit);
        Assert.Contains("broken.parquet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_PostgresUnreachable_Exits4()
    {
        var result = await ToolRunner.RunAsync(["tally", "--source", "postgres://nobody@127.0.0.1:1/none", "--period", "2023-10M"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, result.Exit);
        Assert.StartsWith("psstats: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_OutIntoAMissingFolder_Exits4()
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M", "--out", Path.Combine(ToolFiles.Folder, "no-such-folder", "x.txt")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, result.Exit);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }
}
