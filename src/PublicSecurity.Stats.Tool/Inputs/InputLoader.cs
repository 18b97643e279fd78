using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Npgsql;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.DuckDB;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>
/// Reads a command's inputs into tallies, each through the library: case rows of CSV/TSV and Parquet files through
/// embedded DuckDB as a data reader, Excel workbooks through MiniExcel's data reader, a PostgreSQL table through
/// Npgsql's — all tallied by <see cref="CaseSource"/>; JSON Lines through <see cref="JsonLines"/>; the tally interchange
/// schema through <see cref="TallyInterchange"/>. <c>-</c> is standard input, its kind told by its first bytes.
/// </summary>
internal static class InputLoader
{
    /// <summary>The most bad rows collected (and counted) before a read stops; the first ten are printed.</summary>
    private const int MaxRejected = 10_000;

    /// <summary>Reads the inputs.</summary>
    /// <param name="console">The console (standard input, explain and progress on standard error).</param>
    /// <param name="files">The files; <c>-</c> is standard input.</param>
    /// <param name="options">How to read them.</param>
    /// <param name="periods">The periods case rows are tallied into.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tallies.</returns>
    public static async Task<LoadedData> LoadAsync(ToolConsole console, IReadOnlyList<string> files, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken)
    {
        if (files.Count == 0 && options.Source is null)
        {
            throw new UsageException("No input: give one or more files (- for standard input) or --source.");
        }

        var data = new LoadedData();
        var registry = new CaseIdRegistry();
        var read = CaseReadOptions.Default.WithMaxRejectedRows(MaxRejected).WithIdRegistry(registry).WithTally(options.Tally);
        var temps = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var path = file;
                var name = file;
                if (file == "-")
                {
                    path = await CopyStandardInputAsync(console, cancellationToken).ConfigureAwait(false);
                    temps.Add(path);
                    name = "(standard input)";
                }
                else if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"The input '{file}' does not exist.", file);
                }

                await LoadFileAsync(console, path, name, options, periods, read.WithSourceName(name), data, cancellationToken).ConfigureAwait(false);
            }

            if (options.Source is not null)
            {
                var result = await ReadPostgresAsync(console, options, periods, read.WithSourceName(options.Table), cancellationToken).ConfigureAwait(false);
                AddCases(data, result);
            }
        }
        finally
        {
            foreach (var temp in temps)
            {
                File.Delete(temp);
            }
        }

        return data;
    }

    private static async Task LoadFileAsync(ToolConsole console, string path, string name, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, LoadedData data, CancellationToken cancellationToken)
    {
        var kind = KindOf(path);
        switch (kind)
        {
            case "csv" or "tsv":
                var header = FirstLines(path);
                if (header.First.StartsWith("schema_version", StringComparison.Ordinal))
                {
                    ReadInterchange(console, path, name, header.Second, options, data);
                    return;
                }

                AddCases(data, await ReadCsvAsync(console, path, name, kind, options, periods, read, cancellationToken).ConfigureAwait(false));
                return;
            case "parquet":
                AddCases(data, await ReadParquetAsync(console, path, name, options, periods, read, cancellationToken).ConfigureAwait(false));
                return;
            case "xlsx":
                AddCases(data, await ReadExcelAsync(console, path, name, options, periods, read, cancellationToken).ConfigureAwait(false));
                return;
            default:
                AddCases(data, await ReadJsonLinesAsync(console, path, name, periods, options, cancellationToken).ConfigureAwait(false));
                return;
        }
    }

    /// <summary>The kind of a file by its extension (or, for standard input, by the extension its copy was given).</summary>
    private static string KindOf(string path)
    {
        var lower = path.ToLowerInvariant();
        foreach (var (ending, kind) in new[] { (".csv", "csv"), (".txt", "csv"), (".tsv", "tsv"), (".parquet", "parquet"), (".xlsx", "xlsx"), (".jsonl", "jsonl"), (".ndjson", "jsonl") })
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw new UsageException($"The kind of '{path}' is not known by its extension: use .csv, .tsv, .parquet, .xlsx or .jsonl (or - for standard input).");
    }

    /// <summary>Copies standard input to a temporary file whose extension is the kind its first bytes show: Parquet (PAR1), Excel (PK), JSON Lines ({), else CSV.</summary>
    private static async Task<string> CopyStandardInputAsync(ToolConsole console, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetTempPath(), "psstats-stdin-" + Guid.NewGuid().ToString("N")[..12]);
        await using (var file = File.Create(temp))
        {
            await console.Input.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        var head = new byte[4];
        int count;
        await using (var file = File.OpenRead(temp))
        {
            count = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }

        var start = count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        var extension = count >= 4 && head.AsSpan(0, 4).SequenceEqual("PAR1"u8) ? ".parquet"
            : count >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K' ? ".xlsx"
            : count > start && head[start] == (byte)'{' ? ".jsonl"
            : ".csv";
        File.Move(temp, temp + extension);
        return temp + extension;
    }

    private static (string First, string Second) FirstLines(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (reader.ReadLine() ?? string.Empty, reader.ReadLine() ?? string.Empty);
    }

    private static void ReadInterchange(ToolConsole console, string path, string name, string firstRow, InputOptions options, LoadedData data)
    {
        var fields = firstRow.Split(',');
        var kind = fields.Length > 1 ? fields[1] : string.Empty;
        if (options.Explain)
        {
            console.Error.WriteLine($"psstats: {name}: the tally interchange schema (version {TallyInterchange.SchemaVersion}), a '{kind}' tally; its columns are fixed by the schema.");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            switch (kind)
            {
                case "cases":
                    data.Cases = data.Cases is null ? TallyInterchange.ReadCasesCsv(reader) : data.Cases.Merge(TallyInterchange.ReadCasesCsv(reader));
                    break;
                case "traffic":
                    data.Traffic = data.Traffic is null ? TallyInterchange.ReadTrafficCsv(reader) : data.Traffic.Merge(TallyInterchange.ReadTrafficCsv(reader));
                    break;
                case "drugSeizures":
                    data.Drugs = data.Drugs is null ? TallyInterchange.ReadDrugSeizuresCsv(reader) : data.Drugs.Merge(TallyInterchange.ReadDrugSeizuresCsv(reader));
                    break;
                case "drills":
                    data.Drills = data.Drills is null ? TallyInterchange.ReadDrillsCsv(reader) : data.Drills.Merge(TallyInterchange.ReadDrillsCsv(reader));
                    break;
                case "campaigns":
                    data.Campaigns = data.Campaigns is null ? TallyInterchange.ReadCampaignsCsv(reader) : data.Campaigns.Merge(TallyInterchange.ReadCampaignsCsv(reader));
                    break;
                case "electronicId":
                    data.ElectronicId = data.ElectronicId is null ? TallyInterchange.ReadElectronicIdCsv(reader) : data.ElectronicId.Merge(TallyInterchange.ReadElectronicIdCsv(reader));
                    break;
                default:
                    throw new BadDataException($"{name}: row 1, column 'tally': the tally kind must be cases, traffic, drugSeizures, drills, campaigns or electronicId; it was '{kind}'.");
            }
        }
        catch (RowRejectedException e)
        {
            throw new BadDataException($"{name}: the tally interchange file has a bad row.", [$"{name}, {e.Message}"], 1);
        }
    }

    private static async Task<CaseTally> ReadCsvAsync(ToolConsole console, string path, string name, string kind, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        var (encodingLabel, encoding) = CsvDialect.Encoding(path, name, options.Encoding);
        await using var connection = DuckDbCases.OpenConnection();
        var sniffed = kind == "tsv" && options.Separator is null ? ('\t', (string?)null) : await CsvDialect.SniffAsync(connection, path, encoding, cancellationToken).ConfigureAwait(false);
        var separator = options.Separator ?? sniffed.Item1;
        var dates = options.DateFormat ?? sniffed.Item2;
        var source = string.Create(
            CultureInfo.InvariantCulture,
            $"read_csv({Literal(path)}, header = true, all_varchar = true, delim = {Literal(separator.ToString())}, quote = '\"', escape = '\"', encoding = {Literal(encoding)})");
        var detail = $"CSV, {encodingLabel}{(options.Encoding is null ? " (detected)" : " (given)")}, separator {CsvDialect.Name(separator)}{(options.Separator is null ? " (detected)" : " (given)")}, dates {dates ?? "not found in the first rows"}{(options.DateFormat is null ? " (detected; both yyyy-MM-dd and dd/MM/yyyy are read)" : " (given)")}";
        return await ReadDuckDbAsync(console, connection, source, name, detail, CsvDialect.EstimateRows(path), options, periods, read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseTally> ReadParquetAsync(ToolConsole console, string path, string name, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        await using var connection = DuckDbCases.OpenConnection();
        var source = $"read_parquet({Literal(path)})";
        long rows;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = $"SELECT count(*) FROM {source}";
            rows = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return await ReadDuckDbAsync(console, connection, source, name, "Parquet (typed columns)", rows, options, periods, read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseTally> ReadDuckDbAsync(ToolConsole console, DbConnection connection, string source, string name, string detail, long? rows, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {source}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReadRowsAsync(console, reader, name, detail, rows, options, periods, read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseTally> ReadExcelAsync(ToolConsole console, string path, string name, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        using var reader = MiniExcel.GetReader(path, useHeaderRow: true);
        return await ReadRowsAsync(console, reader, name, "Excel workbook (first sheet, header row)", null, options, periods, read, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseTally> ReadPostgresAsync(ToolConsole console, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgresSource.ConnectionString(options.Source!));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM " + PostgresSource.QuoteTable(options.Table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var mapped = Mapped(console, reader, options.Table, "PostgreSQL table", options, read);
        return Checked(console, await ProgressDisplay.RunAsync(console, options.Table, null, progress => CaseSource.ReadAsync(reader, periods, mapped.WithProgress(progress), cancellationToken).AsTask()).ConfigureAwait(false));
    }

    private static async Task<CaseTally> ReadRowsAsync(ToolConsole console, IDataReader reader, string name, string detail, long? rows, InputOptions options, IReadOnlyList<ReportingPeriod> periods, CaseReadOptions read, CancellationToken cancellationToken)
    {
        var mapped = Mapped(console, reader, name, detail, options, read);
        return Checked(console, await ProgressDisplay.RunAsync(console, name, rows, progress => Task.FromResult(CaseSource.Read(reader, periods, mapped.WithProgress(progress), cancellationToken))).ConfigureAwait(false));
    }

    /// <summary>Maps the reader's columns to the case fields and, with <c>--explain</c>, prints the mapping on standard error.</summary>
    private static CaseReadOptions Mapped(ToolConsole console, IDataReader reader, string name, string detail, InputOptions options, CaseReadOptions read)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var (columns, found) = ColumnMapper.Map(names, options.Columns);
        if (options.Explain)
        {
            var explain = new StringBuilder();
            explain.Append(CultureInfo.InvariantCulture, $"psstats: {name}: {detail}\n");
            foreach (var (field, column, given) in found)
            {
                var how = column is null ? (field == "id" ? "(none: duplicate ids are not checked)" : "(not found: give --column " + field + "=NAME)") : $"'{column}'{(given ? " (given)" : " (detected)")}";
                explain.Append(CultureInfo.InvariantCulture, $"  {field,-13} <- {how}\n");
            }

            console.Error.Write(explain.ToString());
        }

        return read.WithColumns(columns);
    }

    private static async Task<CaseTally> ReadJsonLinesAsync(ToolConsole console, string path, string name, IReadOnlyList<ReportingPeriod> periods, InputOptions options, CancellationToken cancellationToken)
    {
        if (options.Explain)
        {
            await console.Error.WriteLineAsync($"psstats: {name}: JSON Lines of criminal cases (the library's JSON shape, one record per line).").ConfigureAwait(false);
        }

        var rejected = new List<RejectedLine>();
        var tally = await ProgressDisplay.RunAsync(console, name, null, progress =>
        {
            using var stream = File.OpenRead(path);
            var records = new List<CriminalCase>();
            foreach (var record in JsonLines.Read<CriminalCase>(stream, rejected))
            {
                records.Add(record);
                if ((records.Count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Report(records.Count);
                }
            }

            return Task.FromResult(CaseAggregator.Tally(records, periods, options.Tally));
        }).ConfigureAwait(false);
        if (rejected.Count > 0)
        {
            throw new BadDataException(rejected.Count == 1 ? $"{name}: 1 line rejected." : $"{name}: {rejected.Count.ToString(CultureInfo.InvariantCulture)} lines rejected.", [.. rejected.Take(10).Select(r => $"{name}, {r}")], rejected.Count);
        }

        return tally;
    }

    private static CaseTally Checked(ToolConsole console, CaseReadResult result)
    {
        if (result.DuplicateCount > 0)
        {
            console.Error.WriteLine($"psstats: warning: {result}");
        }

        if (result.RejectedRowCount > 0)
        {
            throw new BadDataException(
                result.RejectedRowCount == 1 ? "1 row rejected." : $"{result.RejectedRowCount.ToString(CultureInfo.InvariantCulture)} rows rejected.",
                [.. result.RejectedRows.Take(10).Select(r => r.Message)],
                result.RejectedRowCount);
        }

        return result.Tally;
    }

    private static void AddCases(LoadedData data, CaseTally tally) => data.Cases = data.Cases is null ? tally : data.Cases.Merge(tally);

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
