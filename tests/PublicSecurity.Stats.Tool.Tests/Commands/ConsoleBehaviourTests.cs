using System.Diagnostics;
using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Tool.Outputs;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

/// <summary>Progress on standard error only (and only on a terminal), Ctrl+C, --explain, --help and CSV safety.</summary>
public sealed class ConsoleBehaviourTests
{
    private static readonly Lazy<string> Large = new(() =>
    {
        // 300,000 rows: long enough for the progress display, short enough for a test.
        var path = Path.Combine(ToolFiles.Folder, "large.csv");
        var text = new StringBuilder("id,province,recordedOn,outcome,outcomeOn,severity,offenceGroup\n");
        for (var i = 0; i < 300_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"L{i},74,2023-0{1 + (i % 9)}-1{i % 10},clearedByArrest,2023-0{1 + (i % 9)}-2{i % 9},serious,socialOrder\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    });

    [Fact]
    public async Task Progress_OnATerminal_GoesToStandardErrorOnly()
    {
        var quiet = await ToolRunner.RunAsync(["tally", Large.Value, "--period", "2023-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        var shown = await ToolRunner.RunAsync(["tally", Large.Value, "--period", "2023-10M", "--format", "csv"], terminal: true, progressDelay: TimeSpan.Zero, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, shown.Exit);
        Assert.Matches(@"[0-9] rows", shown.Error);
        Assert.Contains("large.csv", shown.Error, StringComparison.Ordinal);
        Assert.Equal(quiet.Out, shown.Out);
        Assert.DoesNotContain(" rows", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_NotATerminal_ShowsNothing()
    {
        var result = await ToolRunner.RunAsync(["tally", Large.Value, "--period", "2023-10M"], terminal: false, progressDelay: TimeSpan.Zero, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task CtrlC_WhileReadingStandardInput_Exits130WithinASecondAndLeavesNoFile()
    {
        var path = Path.Combine(ToolFiles.Folder, "cancelled-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, "an earlier result\n", TestContext.Current.CancellationToken);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var input = new EndlessCases();
        var clock = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        using var registration = cancel.Token.Register(() => cancelledAt = clock.Elapsed);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));

        var result = await ToolRunner.RunAsync(["tally", "-", "--period", "2023-10M", "--out", path], input, cancellationToken: cancel.Token);

        Assert.Equal(130, result.Exit);
        Assert.True(clock.Elapsed - cancelledAt < TimeSpan.FromSeconds(1), $"stopped {clock.Elapsed - cancelledAt} after Ctrl+C");
        Assert.Equal("an earlier result\n", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(ToolFiles.Folder, "." + Path.GetFileName(path) + ".*"));
        Assert.Contains("cancelled", result.Error, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public async Task CtrlC_WhileTallying_Exits130WithinASecondAndWritesNoFile()
    {
        var path = Path.Combine(ToolFiles.Folder, "cancelled-" + Guid.NewGuid().ToString("N") + ".csv");
        var large = Large.Value;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        using var registration = cancel.Token.Register(() => cancelledAt = clock.Elapsed);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(150));

        var result = await ToolRunner.RunAsync(["tally", large, large, large, "--period", "2023-10M", "--out", path], cancellationToken: cancel.Token);

        Assert.Equal(130, result.Exit);
        Assert.True(clock.Elapsed - cancelledAt < TimeSpan.FromSeconds(1), $"stopped {clock.Elapsed - cancelledAt} after Ctrl+C");
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(ToolFiles.Folder, "." + Path.GetFileName(path) + ".*"));
    }

    [Fact]
    public async Task Explain_VietnameseCsv_ShowsTheDetectedDialectAndColumns()
    {
        var result = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases-vi.csv"), "--period", "2023-10M", "--explain"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        var error = result.Error;
        Assert.Contains("CSV, UTF-8 with a byte order mark (detected), separator ',' (comma) (detected), dates yyyy-MM-dd (detected", error, StringComparison.Ordinal);
        var fields = new[] { "id", "province", "recordedOn", "outcome", "outcomeOn", "severity", "offenceGroup" };
        for (var i = 0; i < fields.Length; i++)
        {
            Assert.Contains($"  {fields[i],-13} <- '{ToolFiles.VietnameseHeaders[i]}' (detected)", error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(ToolFiles.VietnameseHeaders[1], result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_SemicolonCsv_ShowsDayMonthDatesAndGivenOptions()
    {
        var detected = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases-semicolon.csv"), "--period", "2023-10M", "--explain"], cancellationToken: TestContext.Current.CancellationToken);
        var given = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases-semicolon.csv"), "--period", "2023-10M", "--explain", "--separator", "semicolon", "--encoding", "utf-8", "--date-format", "dd/MM/yyyy", "--column", "province=province_code"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("UTF-8 without a byte order mark (detected), separator ';' (semicolon) (detected), dates dd/MM/yyyy (detected", detected.Error, StringComparison.Ordinal);
        Assert.Contains("  province      <- 'province_code' (detected)", detected.Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8 (given), separator ';' (semicolon) (given), dates dd/MM/yyyy (given)", given.Error, StringComparison.Ordinal);
        Assert.Contains("  province      <- 'province_code' (given)", given.Error, StringComparison.Ordinal);
        Assert.Equal(detected.Out, given.Out);
    }

    [Fact]
    public async Task Explain_ParquetExcelInterchange_NameTheirKind()
    {
        var result = await ToolRunner.RunAsync(["report", ToolFiles.PathOf("cases.parquet"), ToolFiles.PathOf("traffic-q1.csv"), "--province", "74", "--period", "2023-10M", "--explain"], cancellationToken: TestContext.Current.CancellationToken);
        var excel = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.xlsx"), "--period", "2023-10M", "--explain"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("cases.parquet: Parquet (typed columns)", result.Error, StringComparison.Ordinal);
        Assert.Contains("traffic-q1.csv: the tally interchange schema (version 1), a 'traffic' tally", result.Error, StringComparison.Ordinal);
        Assert.Contains("cases.xlsx: Excel workbook (first sheet, header row)", excel.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tally")]
    [InlineData("compare")]
    [InlineData("rank")]
    [InlineData("report")]
    [InlineData("check")]
    public async Task Help_EveryCommand_HasAnExampleAndSaysHowCsvIsMadeSafe(string command)
    {
        var result = await ToolRunner.RunAsync([command, "--help"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Exit);
        Assert.Contains("Example:", result.Out, StringComparison.Ordinal);
        Assert.Contains("    psstats " + command + " ", result.Out, StringComparison.Ordinal);
        Assert.Contains("leading apostrophe", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@echo", "'@echo")]
    [InlineData("-3", "-3")]
    [InlineData("0.25", "0.25")]
    [InlineData("Bình Dương", "Bình Dương")]
    public void Csv_CellThatAFormulaWouldStart_IsNeutralised(string cell, string written) =>
        Assert.Equal(written, CsvText.Neutralise(cell));

    [Fact]
    public void Csv_Row_QuotesSeparatorsAndNeutralises()
    {
        var csv = new CsvText("a", "b").Row("=1,2", -3.5).ToString();

        Assert.Equal("a,b\n\"'=1,2\",-3.5\n", csv);
    }

    [Fact]
    public void ToolFiles_AreWrittenForTheEndToEndScript()
    {
        foreach (var name in new[] { "cases.csv", "cases-vi.csv", "cases-semicolon.csv", "cases.parquet", "cases.xlsx", "cases.jsonl", "malformed.csv", "traffic-q1.csv", "figures.json" })
        {
            Assert.True(File.Exists(ToolFiles.PathOf(name)), name);
        }

        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(ToolFiles.PathOf("cases-vi.csv")).Take(3));
    }

    /// <summary>Standard input that never ends: case rows, a few at a time, as a slow pipe gives them.</summary>
    private sealed class EndlessCases : Stream
    {
        private static readonly byte[] Header = "id,province,recordedOn,outcome,outcomeOn,severity,offenceGroup\n"u8.ToArray();
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Fill(buffer.AsSpan(offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(5, cancellationToken);
            return Fill(buffer.Span);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Fill(Span<byte> buffer)
        {
            var line = position == 0 ? Header : Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"E{position},74,2023-01-20,notCleared,,serious,socialOrder\n"));
            var n = Math.Min(line.Length, buffer.Length);
            line.AsSpan(0, n).CopyTo(buffer);
            position += n;
            return n;
        }
    }
}
