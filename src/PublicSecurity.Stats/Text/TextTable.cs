using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>How a column's cells are aligned.</summary>
internal enum CellAlign
{
    Left,
    Right,
}

/// <summary>One column of a <see cref="TextTable"/>: its header and alignment.</summary>
internal readonly record struct TableColumn(string Header, CellAlign Align = CellAlign.Left);

/// <summary>
/// A small table model rendered three ways — aligned plain text, Markdown and an HTML <c>&lt;table&gt;</c> — so that
/// every result type prints the same content in every format. The HTML uses no colours of its own (borders are
/// <c>currentColor</c>), so it reads in light and dark notebook themes.
/// </summary>
internal sealed class TextTable
{
    private readonly List<string[]> rows = [];
    private readonly List<string> notes = [];

    public TextTable(string? caption, params TableColumn[] columns)
    {
        (Caption, Columns) = (caption, columns);
    }

    public string? Caption { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public int RowCount => rows.Count;

    public TextTable Row(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A row must have {Columns.Count} cells; it had {cells.Length}."), nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public TextTable Note(string note)
    {
        notes.Add(note);
        return this;
    }

    /// <summary>Plain text with aligned columns; all rows (text output is for logs and consoles).</summary>
    public string ToText()
    {
        var widths = new int[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            widths[c] = Columns[c].Header.Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var sb = new StringBuilder();
        if (Caption is not null)
        {
            sb.Append(Caption).Append('\n');
        }

        AppendLine(sb, Columns.Select(c => c.Header).ToArray(), widths);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in rows)
        {
            AppendLine(sb, row, widths);
        }

        foreach (var note in notes)
        {
            sb.Append(note).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A GitHub-flavoured Markdown table, the caption in bold above it and notes below; all rows.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (Caption is not null)
        {
            sb.Append("**").Append(Markdown.Escape(Caption)).Append("**\n\n");
        }

        sb.Append("| ").Append(string.Join(" | ", Columns.Select(c => Markdown.Cell(c.Header)))).Append(" |\n");
        sb.Append('|').Append(string.Join("|", Columns.Select(c => c.Align == CellAlign.Right ? "---:" : "---"))).Append("|\n");
        foreach (var row in rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Markdown.Cell))).Append(" |\n");
        }

        if (notes.Count > 0)
        {
            sb.Append('\n');
            foreach (var note in notes)
            {
                sb.Append(Markdown.Escape(note)).Append("  \n");
            }
        }

        return sb.ToString();
    }

    /// <summary>An HTML table; at most <paramref name="maxRows"/> body rows, then a row saying how many were left out.</summary>
    public string ToHtml(int maxRows)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"ps-stats\" style=\"border-collapse:collapse;margin:0.5em 0\">\n");
        if (Caption is not null)
        {
            sb.Append("<caption style=\"text-align:left;font-weight:bold;padding:0.25em 0\">").Append(Html.Escape(Caption)).Append("</caption>\n");
        }

        sb.Append("<thead><tr>");
        foreach (var column in Columns)
        {
            sb.Append("<th scope=\"col\" style=\"").Append(CellStyle(column.Align)).Append(";border-bottom:1px solid currentColor\">")
              .Append(Html.Escape(column.Header)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        var shown = Math.Min(rows.Count, maxRows);
        for (var r = 0; r < shown; r++)
        {
            sb.Append("<tr>");
            for (var c = 0; c < Columns.Count; c++)
            {
                sb.Append("<td style=\"").Append(CellStyle(Columns[c].Align)).Append("\">").Append(Html.Escape(rows[r][c])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        if (rows.Count > shown)
        {
            sb.Append("<tr><td colspan=\"").Append(Columns.Count.ToString(CultureInfo.InvariantCulture))
              .Append("\" style=\"padding:0.2em 0.6em;font-style:italic\">… ")
              .Append((rows.Count - shown).ToString(CultureInfo.InvariantCulture))
              .Append(" more rows not shown (row limit ").Append(maxRows.ToString(CultureInfo.InvariantCulture)).Append(")</td></tr>\n");
        }

        sb.Append("</tbody>\n");
        if (notes.Count > 0)
        {
            sb.Append("<tfoot>");
            foreach (var note in notes)
            {
                sb.Append("<tr><td colspan=\"").Append(Columns.Count.ToString(CultureInfo.InvariantCulture))
                  .Append("\" style=\"padding:0.2em 0.6em;font-size:0.9em;border-top:1px solid currentColor\">").Append(Html.Escape(note)).Append("</td></tr>");
            }

            sb.Append("</tfoot>\n");
        }

        sb.Append("</table>\n");
        return sb.ToString();
    }

    private static string CellStyle(CellAlign align) =>
        align == CellAlign.Right ? "padding:0.2em 0.6em;text-align:right;font-variant-numeric:tabular-nums" : "padding:0.2em 0.6em;text-align:left";

    private void AppendLine(StringBuilder sb, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            var pad = widths[c] - cells[c].Length;
            if (Columns[c].Align == CellAlign.Right)
            {
                line.Append(' ', Math.Max(0, pad)).Append(cells[c]);
            }
            else
            {
                line.Append(cells[c]).Append(' ', Math.Max(0, pad));
            }
        }

        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
