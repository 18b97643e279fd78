using System.Text;
using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class JsonLinesTests
{
    private const string Good1 = """{"id":"A","province":{"edition":"provinces63","code":"74"},"offenceGroup":"socialOrder","severity":"serious","recordedOn":"2023-01-05","outcome":"clearedByArrest","outcomeOn":"2023-01-20"}""";
    private const string Good2 = """{"id":"B","province":{"edition":"provinces63","code":"01"},"offenceGroup":"drugs","severity":"lessSerious","recordedOn":"2023-02-01","outcome":"notCleared"}""";
    private const string BeforeRecorded = """{"id":"C","province":{"edition":"provinces63","code":"74"},"offenceGroup":"socialOrder","severity":"serious","recordedOn":"2023-01-05","outcome":"clearedByArrest","outcomeOn":"2023-01-01"}""";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static List<CriminalCase> Read(string text) => [.. JsonLines.Read<CriminalCase>(Utf8(text))];

    [Fact]
    public void Write_ThenRead_RoundTripsEveryRecord()
    {
        var cases = CaseRows.Random(500, 4).Append(CaseRecord()).ToList();
        using var stream = new MemoryStream();

        var written = JsonLines.Write(stream, cases);
        stream.Position = 0;

        Assert.Equal(501, written);
        Assert.Equal(cases, JsonLines.Read<CriminalCase>(stream));
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(501, text.Count(ch => ch == '\n'));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal(StatsJson.Serialize(cases[0]), text[..text.IndexOf('\n', StringComparison.Ordinal)]);
    }

    [Fact]
    public void Write_ToAStream_FlushesOnceAndWritesInLargeBlocks()
    {
        // Issue 16, bug 1: each record used to flush the stream about 11 times (2,200,001 flushes for 200,000 cases),
        // which made writing to a FileStream ~30 times slower than writing the same bytes without flushing.
        var cases = CaseRows.Random(2_000, 7).ToList();
        using var stream = new CountingStream();

        var written = JsonLines.Write(stream, cases);

        Assert.Equal(2_000, written);
        Assert.Equal(1, stream.Flushes);
        Assert.InRange(stream.Writes, 1, 1 + (stream.Length / (16 * 1024)));
        stream.Position = 0;
        Assert.Equal(cases, JsonLines.Read<CriminalCase>(stream));
    }

    [Fact]
    public void Write_NullValueAfterGoodOnes_WritesTheLinesBeforeItThenThrows()
    {
        using var stream = new MemoryStream();
        var values = new CriminalCase?[] { CaseRecord(), null };

        var ex = Assert.Throws<ArgumentNullException>(() => JsonLines.Write(stream, values));

        Assert.Equal("values", ex.ParamName);
        Assert.Equal("Value 1 is null; JSON Lines records must not be null. (Parameter 'values')", ex.Message);
        Assert.Equal(StatsJson.Serialize(CaseRecord()) + "\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A memory stream that counts the calls a writer makes on it.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public int Writes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            Writes++;
            base.WriteByte(value);
        }
    }

    [Fact]
    public void Read_CrLfBomBlankLinesAndNoFinalNewline_ReadsEveryRecord()
    {
        var text = "\uFEFF" + Good1 + "\r\n\r\n   \t\n" + Good2;

        var cases = Read(text);

        Assert.Equal(["A", "B"], cases.Select(c => c.Id));
        Assert.Equal(HaNoi63, cases[1].Province);
        Assert.Empty(Read(string.Empty));
        Assert.Empty(Read("\n\n"));
    }

    [Fact]
    public void Read_MalformedLine_ThrowsNamingTheLine()
    {
        var text = Good1 + "\n\n" + Good2 + "\n{\"id\": \"X\", \n" + Good1 + "\n";

        var ex = Assert.Throws<JsonException>(() => Read(text));

        Assert.StartsWith("Line 4: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("Path: $", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordBreakingARule_ThrowsNamingTheLineMemberRuleAndValue()
    {
        var ex = Assert.Throws<JsonException>(() => Read(Good1 + "\n" + BeforeRecorded + "\n"));

        Assert.StartsWith("Line 2: CriminalCase: invalid member 'outcomeOn': The outcome date must not be before the recorded date (05/01/2023); it was 01/01/2023.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.LineNumber);
    }

    [Theory]
    [InlineData("null", "Line 1: Expected a JSON object for CriminalCase; the line is null.")]
    [InlineData(Good1 + " " + Good1, "Line 1: ")]
    [InlineData("[1, 2]", "Line 1: ")]
    [InlineData("""{"id":"A"}""", "Line 1: CriminalCase: 5 required members are missing")]
    public void Read_NotOneRecord_Throws(string line, string start)
    {
        var ex = Assert.Throws<JsonException>(() => Read(line + "\n"));

        Assert.StartsWith(start, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Good1 + "\n").Concat(new byte[] { (byte)'{', 0xFF, 0xFE, (byte)'}', (byte)'\n' }).ToArray();

        var ex = Assert.Throws<JsonException>(() => JsonLines.Read<CriminalCase>(new MemoryStream(bytes)).ToList());

        Assert.StartsWith("Line 2: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithRejected_CollectsEveryBadLineAndReturnsTheGoodOnes()
    {
        var longId = new string('x', 300);
        var text = string.Join("\n", Good1, "not json", BeforeRecorded, string.Empty, Good2, "{\"id\":\"" + longId + "\"", "null");
        var rejected = new List<RejectedLine>();

        var cases = JsonLines.Read<CriminalCase>(Utf8(text), rejected).ToList();

        Assert.Equal(["A", "B"], cases.Select(c => c.Id));
        Assert.Equal([2L, 3L, 6L, 7L], rejected.Select(r => r.LineNumber));
        Assert.Equal("not json", rejected[0].Text);
        Assert.Contains("invalid member 'outcomeOn'", rejected[1].Reason, StringComparison.Ordinal);
        Assert.Equal(BeforeRecorded, rejected[1].Text);
        Assert.Equal(RejectedLine.MaxTextLength + 1, rejected[2].Text.Length);
        Assert.EndsWith("xxx…", rejected[2].Text, StringComparison.Ordinal);
        Assert.Equal("Line 7: Expected a JSON object for CriminalCase; the line is null.", rejected[3].ToString());
    }

    [Fact]
    public void Read_StreamGivingOneByteAtATime_SplitsLinesTheSame()
    {
        var text = "\uFEFF" + Good1 + "\r\n" + Good2 + "\n" + Good1;

        var cases = JsonLines.Read<CriminalCase>(new TrickleStream(Encoding.UTF8.GetBytes(text))).ToList();

        Assert.Equal(["A", "B", "A"], cases.Select(c => c.Id));
    }

    [Fact]
    public void Read_LinesLongerThanTheFirstBuffer_AreRead()
    {
        var id = new string('k', 200_000);
        var line = Good1.Replace("\"id\":\"A\"", "\"id\":\"" + id + "\"", StringComparison.Ordinal);

        var cases = Read(line + "\n" + Good2 + "\n" + line);

        Assert.Equal([id, "B", id], cases.Select(c => c.Id));
    }

    [Fact]
    public void Read_LineOfMaxLineBytes_IsRejectedWithoutHoldingIt()
    {
        var huge = new byte[JsonLines.MaxLineBytes + 10];
        huge.AsSpan().Fill((byte)'x');
        var bytes = Encoding.UTF8.GetBytes(Good1 + "\n").Concat(huge).Concat(Encoding.UTF8.GetBytes("\n" + Good2 + "\n")).ToArray();
        var rejected = new List<RejectedLine>();

        var cases = JsonLines.Read<CriminalCase>(new MemoryStream(bytes), rejected).ToList();
        var ex = Assert.Throws<JsonException>(() => JsonLines.Read<CriminalCase>(new MemoryStream(bytes)).ToList());

        Assert.Equal(["A", "B"], cases.Select(c => c.Id));
        Assert.Equal(2, Assert.Single(rejected).LineNumber);
        Assert.Equal("The line is longer than 16777216 bytes, the most a JSON Lines record may have.", rejected[0].Reason);
        Assert.StartsWith(new string('x', 200), rejected[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Line 2: The line is longer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithOwnTypeInfo_ReadsAnyRegisteredShape()
    {
        var period = JsonLines.Read(Utf8(StatsJson.Serialize(Vn.Month(2023, 5)) + "\n"), StatsJsonContext.Default.ReportingPeriod, null).Single();

        Assert.Equal(Vn.Month(2023, 5), period);
    }

    [Fact]
    public void Read_Streams_TallyAsTheyAreRead()
    {
        using var stream = new MemoryStream();
        var cases = CaseRows.Random(2000, 9);
        JsonLines.Write(stream, cases);
        stream.Position = 0;
        ReportingPeriod[] months = [Vn.Month(2023, 1), Vn.Month(2023, 2)];

        var tally = CaseAggregator.Tally(JsonLines.Read<CriminalCase>(stream), months);

        Assert.Equal(CaseTally.Tally(cases, months), tally);
    }

    [Fact]
    public void Read_EnumeratedTwice_Throws()
    {
        var lines = JsonLines.Read<CriminalCase>(Utf8(Good1));
        Assert.Single(lines);

        var ex = Assert.Throws<InvalidOperationException>(() => lines.ToList());

        Assert.Contains("reads its stream once; it was already enumerated", ex.Message, StringComparison.Ordinal);
        using var reader = JsonLines.Read<CriminalCase>(Utf8(Good1)).GetEnumerator();
        Assert.Throws<NotSupportedException>(reader.Reset);
    }

    [Fact]
    public void ReadAndWrite_InvalidArguments_Throw()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => JsonLines.Read<CriminalCase>(null!)).ParamName);
        Assert.Equal("rejected", Assert.Throws<ArgumentNullException>(() => JsonLines.Read<CriminalCase>(Utf8(Good1), null!)).ParamName);
        Assert.Equal("typeInfo", Assert.Throws<ArgumentNullException>(() => JsonLines.Read<CriminalCase>(Utf8(Good1), null!, null)).ParamName);
        var unregistered = Assert.Throws<ArgumentException>(() => JsonLines.Read<Uri>(Utf8(Good1)));
        Assert.Contains("not a model registered in StatsJsonContext", unregistered.Message, StringComparison.Ordinal);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => JsonLines.Write<CriminalCase>(null!, [])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => JsonLines.Write<CriminalCase>(new MemoryStream(), null!)).ParamName);
        var nullValue = Assert.Throws<ArgumentNullException>(() => JsonLines.Write(new MemoryStream(), [CaseRecord(), null!]));
        Assert.Equal("values", nullValue.ParamName);
        Assert.Contains("Value 1 is null", nullValue.Message, StringComparison.Ordinal);
    }

    /// <summary>A read-only stream that returns at most one byte per read, to cross every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= bytes.Length || count == 0)
            {
                return 0;
            }

            buffer[offset] = bytes[position++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
