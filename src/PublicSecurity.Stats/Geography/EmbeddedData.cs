using System.Text;

namespace PublicSecurity.Stats;

/// <summary>Reads the reference data embedded in the assembly (copied from the shared specification's data folder).</summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded file by its name in <c>Data/</c>.</summary>
    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("PublicSecurity.Stats.Data." + fileName)
        ?? throw new InvalidOperationException($"The embedded data file '{fileName}' is missing from the assembly.");

    /// <summary>Reads an embedded CSV file (RFC 4180: comma separated, double-quoted fields) as rows keyed by the header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string fileName)
    {
        using var reader = new StreamReader(Open(fileName), Encoding.UTF8);
        var text = reader.ReadToEnd();
        var records = ParseCsv(text);
        var header = records[0];
        var rows = new List<IReadOnlyDictionary<string, string>>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Count != header.Count)
            {
                throw new InvalidOperationException($"Row {i} of the embedded file '{fileName}' has {records[i].Count} fields, not {header.Count}.");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var j = 0; j < header.Count; j++)
            {
                row[header[j]] = records[i][j];
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
