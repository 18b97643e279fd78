using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Reads and writes JSON Lines (one JSON record per line, UTF-8) through the source-generated
/// <see cref="StatsJsonContext"/>, streaming: memory stays flat whatever the size of the input.
/// </summary>
/// <remarks>
/// <para>
/// Reading splits the stream on <c>\n</c> itself (a pooled buffer; no multi-value reader, so .NET 8 and .NET 10 read
/// alike) and reads each line with <see cref="JsonSerializer.Deserialize{TValue}(ReadOnlySpan{byte}, JsonTypeInfo{TValue})"/>,
/// so records are validated exactly as <see cref="StatsJson"/> validates them. Line endings may be <c>\n</c> or
/// <c>\r\n</c>; a UTF-8 byte order mark at the start is skipped; the last line may lack its newline. Blank lines
/// (empty, or only spaces and tabs) are skipped — they are not records — but counted, so line numbers match an
/// editor's. Anything else that is not one valid record is an error, never skipped silently: malformed JSON, a
/// value that breaks a rule of the record, <c>null</c>, two values on one line, or a line longer than
/// <see cref="MaxLineBytes"/>.
/// </para>
/// <para>
/// By default the first bad line throws a <see cref="JsonException"/> whose message starts with "Line N:" and gives
/// the rule, the member, the value and the JSON path and position within the line (<see cref="JsonException.LineNumber"/>
/// is N − 1, zero-based as System.Text.Json's). A caller can instead pass a collection that receives every
/// <see cref="RejectedLine"/>, and go on with the good ones.
/// </para>
/// <para>
/// The sequences are lazy and read their stream once, from its current position, as they are enumerated; a second
/// enumeration throws. The stream is not closed. Records can be tallied as they are read, for example
/// <c>CaseTally.Tally(JsonLines.Read&lt;CriminalCase&gt;(stream), periods)</c>, keeping memory flat.
/// All members are thread-safe; a sequence must be enumerated by one thread.
/// </para>
/// </remarks>
public static class JsonLines
{
    /// <summary>The length a line must stay under: 16 MiB. A longer line is an error (or a rejected line), never a reason to hold the whole input.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    /// <summary>The size of the blocks <see cref="Write{T}"/> hands to the stream.</summary>
    private const int WriteBlockBytes = 64 * 1024;

    private static JsonSerializerOptions Options => StatsJson.Compact;

    /// <summary>Reads records, one per line, stopping at the first bad line.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>, for example <see cref="Crime.CriminalCase"/>.</typeparam>
    /// <param name="utf8Json">The UTF-8 stream, read from its current position to its end as the sequence is enumerated.</param>
    /// <returns>The records, lazily; enumerable once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not registered in <see cref="StatsJsonContext"/>.</exception>
    /// <exception cref="JsonException">While enumerating: a line is not one valid record; the message starts with "Line N:".</exception>
    /// <exception cref="InvalidOperationException">The sequence is enumerated a second time.</exception>
    public static IEnumerable<T> Read<T>(Stream utf8Json) => Read(utf8Json, StatsJson.TypeInfo<T>(Options), null);

    /// <summary>Reads records, one per line, handing every bad line to <paramref name="rejected"/> instead of stopping.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>, for example <see cref="Crime.CriminalCase"/>.</typeparam>
    /// <param name="utf8Json">The UTF-8 stream, read from its current position to its end as the sequence is enumerated.</param>
    /// <param name="rejected">Receives each bad line, in order, as it is met.</param>
    /// <returns>The good records, lazily; enumerable once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="rejected"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not registered in <see cref="StatsJsonContext"/>.</exception>
    /// <exception cref="InvalidOperationException">The sequence is enumerated a second time.</exception>
    public static IEnumerable<T> Read<T>(Stream utf8Json, ICollection<RejectedLine> rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return Read(utf8Json, StatsJson.TypeInfo<T>(Options), rejected);
    }

    /// <summary>Reads values of any type with its own metadata (source-generated or reflection-based), one per line.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="utf8Json">The UTF-8 stream, read from its current position to its end as the sequence is enumerated.</param>
    /// <param name="typeInfo">The metadata to read each line with.</param>
    /// <param name="rejected">Receives each bad line instead of stopping at the first; null to stop with a <see cref="JsonException"/>.</param>
    /// <returns>The values, lazily; enumerable once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="JsonException">While enumerating, when <paramref name="rejected"/> is null: a line is not one valid value; the message starts with "Line N:".</exception>
    /// <exception cref="InvalidOperationException">The sequence is enumerated a second time.</exception>
    public static IEnumerable<T> Read<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, ICollection<RejectedLine>? rejected)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new Lines<T>(utf8Json, typeInfo, rejected);
    }

    /// <summary>Writes records as JSON Lines: one compact JSON object and a <c>\n</c> per record.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>.</typeparam>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <param name="values">The records.</param>
    /// <returns>The number of lines written.</returns>
    /// <remarks>
    /// Vietnamese letters are written as themselves, as <see cref="StatsJson.Serialize{T}"/> writes them. The lines go to
    /// the stream in blocks of about 64 KiB and the stream is flushed once, at the end (also when a null value stops the
    /// write), so a <see cref="FileStream"/> costs about what a <see cref="MemoryStream"/> does.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="values"/> is null, or a value is null (named by its position; the lines before it are written).</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not registered in <see cref="StatsJsonContext"/>.</exception>
    public static long Write<T>(Stream utf8Json, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(values);
        var info = StatsJson.TypeInfo<T>(Options);

        // The records are written into a buffer that goes to the stream in blocks of about WriteBlockBytes: a
        // Utf8JsonWriter over a Stream flushes the stream at every record and at every nested serialisation, which on
        // a FileStream costs a system call each (issue 16: 11 flushes per record, ~30 times slower than the bytes).
        var buffer = new ArrayBufferWriter<byte>(WriteBlockBytes + (WriteBlockBytes / 4));
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true });
        long count = 0;
        try
        {
            foreach (var value in values)
            {
                if (value is null)
                {
                    throw new ArgumentNullException(nameof(values), $"Value {Preconditions.Number(count)} is null; JSON Lines records must not be null.");
                }

                JsonSerializer.Serialize(writer, value, info);
                writer.Flush();
                buffer.GetSpan(1)[0] = (byte)'\n';
                buffer.Advance(1);
                writer.Reset();
                count++;
                if (buffer.WrittenCount >= WriteBlockBytes)
                {
                    utf8Json.Write(buffer.WrittenSpan);
                    buffer.ResetWrittenCount();
                }
            }
        }
        finally
        {
            // The lines before a failure are written, as documented.
            if (buffer.WrittenCount > 0)
            {
                utf8Json.Write(buffer.WrittenSpan);
            }

            utf8Json.Flush();
        }

        return count;
    }

    /// <summary>The lazy, enumerable-once sequence of one stream's values.</summary>
    private sealed class Lines<T>(Stream stream, JsonTypeInfo<T> typeInfo, ICollection<RejectedLine>? rejected) : IEnumerable<T>
    {
        private int enumerated;

        public IEnumerator<T> GetEnumerator() =>
            Interlocked.Exchange(ref enumerated, 1) == 0
                ? new LineReader<T>(stream, typeInfo, rejected)
                : throw new InvalidOperationException("A JSON Lines sequence reads its stream once; it was already enumerated.");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Splits a stream into lines in a pooled buffer and reads each non-blank line as one value.</summary>
    private sealed class LineReader<T> : IEnumerator<T>
    {
        private const int InitialBuffer = 64 * 1024;
        private const int HeadBytes = 4 * RejectedLine.MaxTextLength;

        private readonly Stream stream;
        private readonly JsonTypeInfo<T> typeInfo;
        private readonly ICollection<RejectedLine>? rejected;
        private byte[]? buffer;
        private int start;
        private int end;
        private bool eof;
        private long line;

        // The start of a line longer than MaxLineBytes, kept for the error while the rest is skipped.
        private byte[]? longLineHead;
        private T current = default!;

        public LineReader(Stream stream, JsonTypeInfo<T> typeInfo, ICollection<RejectedLine>? rejected)
        {
            this.stream = stream;
            this.typeInfo = typeInfo;
            this.rejected = rejected;
            buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        }

        public T Current => current;

        object? IEnumerator.Current => current;

        public bool MoveNext()
        {
            ObjectDisposedException.ThrowIf(buffer is null, this);
            while (NextLine(out var lineStart, out var length, out var tooLong))
            {
                line++;
                if (tooLong)
                {
                    var head = longLineHead!;
                    longLineHead = null;
                    Fail($"The line is longer than {Preconditions.Number(MaxLineBytes)} bytes, the most a JSON Lines record may have.", head);
                    continue;
                }

                var bytes = new ReadOnlySpan<byte>(buffer, lineStart, length);
                if (line == 1 && bytes.StartsWith("\uFEFF"u8))
                {
                    bytes = bytes[3..];
                }

                if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
                {
                    bytes = bytes[..^1];
                }

                if (bytes.TrimStart(" \t"u8).IsEmpty)
                {
                    continue;
                }

                T? value;
                try
                {
                    value = JsonSerializer.Deserialize(bytes, typeInfo);
                }
                catch (JsonException ex)
                {
                    var (path, _, position) = JsonLocation.Resolve(ex);
                    var at = position is long p ? ", position " + Preconditions.Number(p + 1) : string.Empty;
                    Fail($"{JsonLocation.Clean(ex.Message)} Path: {path}{at}.", bytes, ex, position);
                    continue;
                }

                if (value is null)
                {
                    Fail($"Expected a JSON object for {typeof(T).Name}; the line is null.", bytes);
                    continue;
                }

                current = value;
                return true;
            }

            current = default!;
            return false;
        }

        public void Reset() => throw new NotSupportedException("A JSON Lines reader reads its stream once and cannot be reset.");

        public void Dispose()
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
            }
        }

        private void Fail(string reason, ReadOnlySpan<byte> text, JsonException? inner = null, long? position = null)
        {
            if (rejected is null)
            {
                throw new JsonException($"Line {Preconditions.Number(line)}: {reason}", null, line - 1, position, inner);
            }

            rejected.Add(new RejectedLine(line, reason, Excerpt(text)));
        }

        private static string Excerpt(ReadOnlySpan<byte> text)
        {
            var decoded = Encoding.UTF8.GetString(text[..Math.Min(text.Length, HeadBytes)]);
            if (decoded.Length <= RejectedLine.MaxTextLength && text.Length <= HeadBytes)
            {
                return decoded;
            }

            var cut = Math.Min(decoded.Length, RejectedLine.MaxTextLength);
            if (char.IsHighSurrogate(decoded[cut - 1]))
            {
                cut--;
            }

            return string.Concat(decoded.AsSpan(0, cut), "…");
        }

        /// <summary>Finds the next line in the buffer, reading more of the stream as needed; false at the end of the input.</summary>
        private bool NextLine(out int lineStart, out int length, out bool tooLong)
        {
            var buf = buffer!;
            while (true)
            {
                var newline = buf.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0 || (eof && (start < end || longLineHead is not null)))
                {
                    lineStart = start;
                    length = newline >= 0 ? newline : end - start;
                    start += newline >= 0 ? newline + 1 : length;
                    tooLong = longLineHead is not null;
                    return true;
                }

                if (eof)
                {
                    lineStart = length = 0;
                    tooLong = false;
                    return false;
                }

                if (start > 0)
                {
                    Buffer.BlockCopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buf.Length)
                {
                    if (longLineHead is not null || buf.Length >= MaxLineBytes)
                    {
                        // Keep the start of the over-long line for the error and drop the rest until its newline.
                        longLineHead ??= buf.AsSpan(0, HeadBytes).ToArray();
                        end = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxLineBytes, buf.Length * 2));
                        Buffer.BlockCopy(buf, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buf);
                        buffer = buf = larger;
                    }
                }

                var read = stream.Read(buf, end, buf.Length - end);
                if (read == 0)
                {
                    eof = true;
                }
                else
                {
                    end += read;
                }
            }
        }
    }
}
