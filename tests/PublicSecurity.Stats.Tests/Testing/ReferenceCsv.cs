using System.Globalization;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>One row of a reference CSV, read by column name.</summary>
public sealed class ReferenceRow
{
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly string[] fields;

    internal ReferenceRow(IReadOnlyDictionary<string, int> columns, string[] fields, int line)
    {
        this.columns = columns;
        this.fields = fields;
        Line = line;
    }

    /// <summary>Gets the 1-based line number in the file.</summary>
    public int Line { get; }

    public string this[string column] => columns.TryGetValue(column, out var i)
        ? fields[i]
        : throw new KeyNotFoundException($"No column '{column}' (line {Line}).");

    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>Parses a double exactly as the reference README says (invariant culture; NaN, Infinity, -Infinity).</summary>
    public double GetDouble(string column) => double.Parse(this[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public long GetLong(string column) => long.Parse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture);

    public int GetInt(string column) => int.Parse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture);

    public bool GetBool(string column) => this[column] switch
    {
        "true" => true,
        "false" => false,
        var s => throw new FormatException($"'{s}' in column '{column}' (line {Line}) is not true/false."),
    };

    public override string ToString() => string.Join(",", fields);
}

/// <summary>Reads the reference vectors copied into ReferenceData/ (see its README).</summary>
public static class ReferenceCsv
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "ReferenceData", file);

    public static IReadOnlyList<ReferenceRow> Read(string file) => ReadFile(PathOf(file));

    /// <summary>Reads a CSV file at an explicit path, with the same rules as <see cref="Read"/>.</summary>
    public static IReadOnlyList<ReferenceRow> ReadFile(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var columns = header.Select((h, i) => (h, i)).ToDictionary(t => t.h, t => t.i, StringComparer.Ordinal);
        var rows = new List<ReferenceRow>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',');
            if (fields.Length != header.Length)
            {
                throw new FormatException($"{file} line {i + 1}: {fields.Length} fields, expected {header.Length}.");
            }

            rows.Add(new ReferenceRow(columns, fields, i + 1));
        }

        return rows;
    }

    /// <summary>Theory data: one case per row, identified by <paramref name="idColumn"/> (or the line number).</summary>
    public static TheoryData<string> Ids(string file, string? idColumn = null)
    {
        var data = new TheoryData<string>();
        foreach (var row in Read(file))
        {
            data.Add(idColumn is null ? row.Line.ToString(CultureInfo.InvariantCulture) : row[idColumn]);
        }

        return data;
    }

    /// <summary>Finds the row a theory case names.</summary>
    public static ReferenceRow Row(string file, string id, string? idColumn = null) =>
        Read(file).Single(r => idColumn is null ? r.Line.ToString(CultureInfo.InvariantCulture) == id : r[idColumn] == id);
}

/// <summary>The README's comparison rule: |c − r| ≤ max(abs, rel·|r|), with exact equality for infinities.</summary>
public static class Tolerance
{
    public static void Close(double expected, double actual, double rel, double abs, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
            return;
        }

        if (double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        var allowed = Math.Max(abs, rel * Math.Abs(expected));
        var diff = Math.Abs(actual - expected);
        Assert.True(
            diff <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (|diff| {diff:R} > allowed {allowed:R}; rel {rel:R}, abs {abs:R})");
    }
}
