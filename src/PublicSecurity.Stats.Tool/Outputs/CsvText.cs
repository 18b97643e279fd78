using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Tool.Outputs;

/// <summary>
/// A CSV table (RFC 4180, <c>\n</c> line ends, UTF-8) of a result's values, for the commands whose results have no
/// interchange form, safe to open in a spreadsheet: a text cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>
/// (or a tab or carriage return) gets a leading apostrophe so that it is not read as a formula; a plain number such as
/// <c>-3</c> or <c>0.25</c> is kept as it is.
/// </summary>
internal sealed class CsvText
{
    private readonly StringBuilder text = new();
    private readonly int columns;

    /// <summary>Initializes a table with its header.</summary>
    /// <param name="header">The column names.</param>
    public CsvText(params string[] header)
    {
        columns = header.Length;
        Append(header);
    }

    /// <summary>Adds a row; null and a number that is not finite (an unbounded limit) are empty cells.</summary>
    /// <param name="cells">The cells, as many as the header's.</param>
    /// <returns>This table.</returns>
    public CsvText Row(params object?[] cells)
    {
        if (cells.Length != columns)
        {
            throw new ArgumentException($"A row must have {columns} cells; it had {cells.Length}.", nameof(cells));
        }

        Append([.. cells.Select(Format)]);
        return this;
    }

    /// <summary>Gets the CSV text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text.ToString();

    /// <summary>Neutralises a cell a spreadsheet would read as a formula.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The cell, with a leading apostrophe if it starts with = + - @, a tab or a carriage return and is not a plain number.</returns>
    internal static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    private static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private void Append(string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = Neutralise(cells[i]);
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append('\n');
    }
}
