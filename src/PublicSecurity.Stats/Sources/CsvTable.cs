using System.Data;
using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Sources;

/// <summary>Reads RFC 4180 CSV (a header line, then records; <c>\n</c> or <c>\r\n</c> line ends) into a table of text, an empty field as NULL.</summary>
internal static class CsvTable
{
    public static DataTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new DataTable("csv") { Locale = CultureInfo.InvariantCulture };
        var header = Record(reader, 0, null) ?? throw new RowRejectedException(new RejectedRow(
            null, 0, "schema_version", "(empty)", "a CSV table must start with its header line"));
        for (var i = 0; i < header.Count; i++)
        {
            table.Columns.Add(table.Columns.Contains(header[i]) ? $"{header[i]}#{i.ToString(CultureInfo.InvariantCulture)}" : header[i], typeof(string));
        }

        table.BeginLoadData();
        long row = 0;
        while (Record(reader, ++row, header) is { } fields)
        {
            if (fields.Count != header.Count)
            {
                var column = header[Math.Min(fields.Count, header.Count) - (fields.Count > header.Count ? 1 : 0)];
                throw new RowRejectedException(new RejectedRow(
                    null, row, column, string.Join(",", fields),
                    $"a CSV record must have as many fields as the header ({header.Count.ToString(CultureInfo.InvariantCulture)}); it had {fields.Count.ToString(CultureInfo.InvariantCulture)}"));
            }

            table.LoadDataRow([.. fields.Select(f => f.Length == 0 ? (object)DBNull.Value : f)], true);
        }

        table.EndLoadData();
        return table;
    }

    /// <summary>Reads one record, or null at the end of the input (a final line end is not a record).</summary>
    private static List<string>? Record(TextReader reader, long row, List<string>? header)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    var column = header is null ? "(header)" : header[Math.Min(fields.Count, header.Count - 1)];
                    throw new RowRejectedException(new RejectedRow(null, row, column, field.ToString(), "a quoted CSV field must end with a quote"));
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or -1:
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
