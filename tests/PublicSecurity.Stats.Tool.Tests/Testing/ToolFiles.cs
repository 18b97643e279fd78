using System.Globalization;
using System.Text;
using MiniExcelLibs;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.DuckDB;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Tool.Tests.Testing;

/// <summary>
/// The input files of the tool's tests and of CI's end-to-end run (eng/psstats-e2e.sh), written once per test run
/// into the folder named by <c>PSSTATS_E2E_DIR</c>, or a temporary folder: the same 15 cases as a plain CSV, a
/// Vietnamese CSV (byte order mark, NFD headers and names), a semicolon CSV with dd/MM/yyyy dates, Parquet, Excel and
/// JSON Lines; a CSV with one malformed row; the seed's Q1 traffic counts in the tally interchange schema; and the
/// seed's published figures.
/// </summary>
public static class ToolFiles
{
    /// <summary>The cases: id, province code, recorded, outcome, outcome date, severity, offence group.</summary>
    /// <remarks>
    /// By hand, first 10 months of 2023 (15/12/2022–14/10/2023, VN calendar): Bình Dương (74) recorded 5, unfounded 1,
    /// occurred 4, cleared in the period 3; Hà Nội (01) occurred 2, cleared 1; TP.HCM (79) occurred 3, cleared 3.
    /// First 10 months of 2022: Bình Dương occurred 3, cleared 2; Hà Nội 1 and 1; TP.HCM 1 and 0.
    /// </remarks>
    public static readonly string[][] Rows =
    [
        ["BD-1", "74", "2023-01-10", "clearedByArrest", "2023-01-20", "serious", "socialOrder"],
        ["BD-2", "74", "2023-02-11", "clearedByArrest", "2023-03-01", "lessSerious", "drugs"],
        ["BD-3", "74", "2023-03-12", "notCleared", "", "verySerious", "socialOrder"],
        ["BD-4", "74", "2023-04-13", "unfounded", "2023-04-20", "lessSerious", "economicOrder"],
        ["BD-5", "74", "2023-05-14", "clearedExceptionally", "2023-06-01", "serious", "socialOrder"],
        ["HN-1", "01", "2023-01-05", "clearedByArrest", "2023-01-06", "serious", "drugs"],
        ["HN-2", "01", "2023-06-05", "notCleared", "", "lessSerious", "socialOrder"],
        ["HCM-1", "79", "2023-07-01", "clearedByArrest", "2023-07-10", "especiallySerious", "drugs"],
        ["HCM-2", "79", "2023-08-01", "clearedByArrest", "2023-08-02", "serious", "socialOrder"],
        ["HCM-3", "79", "2023-09-01", "clearedByArrest", "2023-09-03", "lessSerious", "socialOrder"],
        ["BD-6", "74", "2022-01-10", "clearedByArrest", "2022-01-15", "serious", "socialOrder"],
        ["BD-7", "74", "2022-02-10", "notCleared", "", "serious", "socialOrder"],
        ["BD-8", "74", "2022-03-10", "clearedByArrest", "2022-03-11", "lessSerious", "drugs"],
        ["HN-3", "01", "2022-05-05", "clearedByArrest", "2022-05-06", "serious", "drugs"],
        ["HCM-4", "79", "2022-07-07", "notCleared", "", "lessSerious", "socialOrder"],
    ];

    /// <summary>The Vietnamese headers of cases-vi.csv in NFD, spelt with combining marks (string.Normalize does nothing under invariant globalization): Mã vụ, Tỉnh, Ngày ghi nhận, Kết quả, Ngày kết quả, Mức độ, Nhóm tội phạm.</summary>
    public static readonly string[] VietnameseHeaders =
    [
        "Ma\u0303 vu\u0323", "Ti\u0309nh", "Nga\u0300y ghi nha\u0302\u0323n", "Ke\u0302\u0301t qua\u0309",
        "Nga\u0300y ke\u0302\u0301t qua\u0309", "Mu\u031B\u0301c \u0111o\u0302\u0323", "Nho\u0301m to\u0302\u0323i pha\u0323m",
    ];

    /// <summary>Bình Dương in NFD.</summary>
    public const string BinhDuongNfd = "Bi\u0300nh Du\u031Bo\u031Bng";

    private static readonly Lazy<string> Written = new(() =>
        Write(Path.GetFullPath(Environment.GetEnvironmentVariable("PSSTATS_E2E_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "psstats-tool-tests-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)))));

    /// <summary>Gets the folder, writing the files on first use.</summary>
    public static string Folder => Written.Value;

    /// <summary>Gets the path of a file of the folder.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The path.</returns>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    private static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        string[] header = ["id", "province", "recordedOn", "outcome", "outcomeOn", "severity", "offenceGroup"];
        File.WriteAllText(Path.Combine(folder, "cases.csv"), Csv(header, Rows, ','), utf8);

        // Vietnamese: a byte order mark, headers and province names in NFD (as some Windows and macOS tools write them).
        var names = new Dictionary<string, string> { ["74"] = BinhDuongNfd, ["01"] = "Ha\u0300 No\u0302\u0323i", ["79"] = "79" };
        var nfd = Csv(VietnameseHeaders, [.. Rows.Select(r => r.Select((v, i) => i == 1 ? names[v] : v).ToArray())], ',');
        File.WriteAllText(Path.Combine(folder, "cases-vi.csv"), nfd, new UTF8Encoding(true));

        // Semicolons and dd/MM/yyyy dates, snake_case headers.
        string[] snake = ["case_id", "province_code", "recorded_on", "outcome", "outcome_on", "severity", "offence_group"];
        File.WriteAllText(
            Path.Combine(folder, "cases-semicolon.csv"),
            Csv(snake, [.. Rows.Select(r => r.Select((v, i) => i is 2 or 4 && v.Length > 0 ? Dmy(v) : v).ToArray())], ';'),
            utf8);

        using (var connection = DuckDbCases.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            var csv = Path.Combine(folder, "cases.csv").Replace("'", "''", StringComparison.Ordinal);
            var parquet = Path.Combine(folder, "cases.parquet").Replace("'", "''", StringComparison.Ordinal);
            command.CommandText =
                $"COPY (SELECT id, province, CAST(recordedOn AS DATE) AS recordedOn, outcome, CAST(outcomeOn AS DATE) AS outcomeOn, severity, offenceGroup FROM read_csv('{csv}', header = true, all_varchar = true)) TO '{parquet}' (FORMAT parquet)";
            command.ExecuteNonQuery();
            command.CommandText = $"SELECT * FROM read_csv('{csv}', header = true, all_varchar = true)";
            using var reader = command.ExecuteReader();
            using var jsonl = File.Create(Path.Combine(folder, "cases.jsonl"));
            JsonLines.Write(jsonl, CaseSource.ReadRecords(reader, CaseReadOptions.Default, null).ToList());
        }

        var excel = Path.Combine(folder, "cases.xlsx");
        File.Delete(excel);
        MiniExcel.SaveAs(excel, Rows.Select(r => new Dictionary<string, object?>
        {
            ["id"] = r[0],
            ["province"] = r[1],
            ["recordedOn"] = DateTime.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["outcome"] = r[3],
            ["outcomeOn"] = r[4].Length == 0 ? null : DateTime.ParseExact(r[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["severity"] = r[5],
            ["offenceGroup"] = r[6],
        }).ToList());

        // Data row 4 (BD-4) has an outcome the library does not know.
        var malformed = Rows.Select(r => r.ToArray()).ToArray();
        malformed[3][3] = "closed";
        File.WriteAllText(Path.Combine(folder, "malformed.csv"), Csv(header, malformed, ','), utf8);

        // The seed's first-quarter traffic counts of Bình Dương, 2023 against 2022, as a tally of the interchange schema.
        var q1 = ReportingCalendar.VietnamStatistical.Quarter(2023, 1);
        var q1Before = q1.SamePeriodPreviousYear();
        var binhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
        var traffic = new TrafficTallyBuilder([q1Before, q1]).Add(binhDuong, q1, 97, 46, 78).Add(binhDuong, q1Before, 144, 73, 103).Build();
        using (var writer = new StreamWriter(Path.Combine(folder, "traffic-q1.csv"), false, utf8) { NewLine = "\n" })
        {
            TallyInterchange.WriteCsv(traffic, writer);
        }

        var figures = SampleReports.BinhDuong10Months2023().Figures.Select(f => StatsJson.Serialize(f));
        File.WriteAllText(Path.Combine(folder, "figures.json"), "[\n" + string.Join(",\n", figures) + "\n]\n", utf8);
        return folder;
    }

    private static string Dmy(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Csv(string[] header, string[][] rows, char separator)
    {
        var text = new StringBuilder();
        text.Append(string.Join(separator, header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(separator, row)).Append('\n');
        }

        return text.ToString();
    }
}
