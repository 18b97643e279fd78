using System.Data.Common;
using System.Text.Unicode;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>
/// The dialect of a CSV file, detected (or given by options): its encoding from the byte order mark and a UTF-8 check
/// of the first 64 KiB; its separator and date format from DuckDB's own CSV sniffer (<c>sniff_csv</c>); its size in
/// rows, estimated from the first 64 KiB for the progress display. The rows themselves are read by DuckDB and checked
/// by the library; nothing here reads a row.
/// </summary>
internal static class CsvDialect
{
    private const int SampleBytes = 65_536;

    /// <summary>Gets the encoding of a CSV file: its description and DuckDB's name for it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">Its name in messages.</param>
    /// <param name="given">The encoding given by <c>--encoding</c>, or null to detect it.</param>
    /// <returns>The description and DuckDB's encoding name.</returns>
    /// <exception cref="UsageException">The given encoding is not utf-8, utf-16 or latin-1.</exception>
    /// <exception cref="BadDataException">The file is neither UTF-16 with a byte order mark nor valid UTF-8, and no encoding was given.</exception>
    public static (string Label, string DuckDbName) Encoding(string path, string name, string? given)
    {
        if (given is not null)
        {
            return given.Trim().ToLowerInvariant() switch
            {
                "utf-8" or "utf8" => ("UTF-8", "utf-8"),
                "utf-16" or "utf16" => ("UTF-16", "utf-16"),
                "latin-1" or "latin1" or "iso-8859-1" => ("Latin-1", "latin-1"),
                _ => throw new UsageException($"--encoding must be utf-8, utf-16 or latin-1; it was '{given}'."),
            };
        }

        var sample = new byte[SampleBytes];
        int count;
        using (var file = File.OpenRead(path))
        {
            count = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }

        var bytes = sample.AsSpan(0, count);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return ("UTF-8 with a byte order mark", "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ("UTF-16 with a byte order mark", "utf-16");
        }

        if (count == SampleBytes)
        {
            // A multi-byte character may be cut at the end of the sample: drop its bytes.
            var end = count;
            while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            bytes = bytes[..(end > 0 && bytes[end - 1] >= 0xC0 ? end - 1 : count)];
        }

        if (!Utf8.IsValid(bytes))
        {
            throw new BadDataException($"{name} is not UTF-8 (nor UTF-16 with a byte order mark); give its encoding with --encoding utf-16 or --encoding latin-1, or save it as UTF-8.");
        }

        return ("UTF-8 without a byte order mark", "utf-8");
    }

    /// <summary>Gets the separator and the date format DuckDB's CSV sniffer finds.</summary>
    /// <param name="connection">An open DuckDB connection.</param>
    /// <param name="path">The file.</param>
    /// <param name="encoding">DuckDB's encoding name.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The separator and the date format (yyyy-MM-dd, dd/MM/yyyy, or null when no date column was typed).</returns>
    public static async Task<(char Separator, string? DateFormat)> SniffAsync(DbConnection connection, string path, string encoding, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Delimiter, DateFormat FROM sniff_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', encoding = '{encoding}')";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var delimiter = reader.IsDBNull(0) ? "," : reader.GetString(0);
        var date = reader.IsDBNull(1) ? null : reader.GetString(1);
        return (delimiter.Length == 1 ? delimiter[0] : ',', date switch
        {
            "%Y-%m-%d" => "yyyy-MM-dd",
            "%d/%m/%Y" => "dd/MM/yyyy",
            null or "" => null,
            _ => date,
        });
    }

    /// <summary>Estimates a file's data rows from its size and the mean length of the lines of its first 64 KiB.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The estimate, or null for an empty file.</returns>
    public static long? EstimateRows(string path)
    {
        var sample = new byte[SampleBytes];
        long length;
        int count;
        using (var file = File.OpenRead(path))
        {
            length = file.Length;
            count = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        }

        var lines = sample.AsSpan(0, count).Count((byte)'\n');
        return lines == 0 ? null : Math.Max(0, (long)((double)length / count * lines) - 1);
    }

    /// <summary>Names a separator for <c>--explain</c>.</summary>
    /// <param name="separator">The separator.</param>
    /// <returns>Its name.</returns>
    public static string Name(char separator) => separator switch
    {
        ',' => "',' (comma)",
        ';' => "';' (semicolon)",
        '\t' => "tab",
        '|' => "'|' (pipe)",
        _ => $"'{separator}'",
    };

    /// <summary>Reads <c>--separator</c>: one character, or the names comma, semicolon, tab and pipe.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The separator.</returns>
    /// <exception cref="UsageException">The value is neither one character nor a known name.</exception>
    public static char ParseSeparator(string text) => text switch
    {
        "comma" => ',',
        "semicolon" => ';',
        "tab" or "\\t" => '\t',
        "pipe" => '|',
        { Length: 1 } => text[0],
        _ => throw new UsageException($"--separator must be one character or comma, semicolon, tab or pipe; it was '{text}'."),
    };
}
