using System.Globalization;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Counts by province × category with row, column and grand totals — for example cases occurred by province × offence
/// group in one period (<see cref="CaseTally.ToCountTable"/>) — ready to publish, with optional small-cell protection.
/// </summary>
/// <remarks>
/// <para>
/// A cell is <see langword="null"/> when the tally has no entry for it (missing is not zero); a total with a missing
/// part is missing too. Totals are sums of counts.
/// </para>
/// <para>
/// <see cref="Suppress"/> applies a <see cref="SmallCellSuppression"/>: the suppressed table renders a suppressed cell
/// or total as <see cref="SmallCellSuppression.Mark"/>, with the legend in the table's note, and writes it to JSON and
/// CSV as suppressed, never as 0. Renders as text, Markdown and HTML in English or Vietnamese, and as CSV
/// (<see cref="WriteCsv"/>). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CountTable : IRenderable
{
    private readonly long?[] cells;
    private readonly (string English, string Vietnamese) caption;
    private readonly (string Key, string English, string Vietnamese)[] columns;

    internal CountTable(
        (string English, string Vietnamese) caption,
        IReadOnlyList<Province> provinces,
        (string Key, string English, string Vietnamese)[] columns,
        long?[] cells,
        SuppressionPattern? suppression = null)
    {
        (this.caption, Provinces, this.columns, this.cells, Suppression) = (caption, provinces, columns, cells, suppression);
    }

    /// <summary>Gets the rows: the provinces, ordered by code.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets the number of columns of cells (without the totals column).</summary>
    public int ColumnCount => columns.Length;

    /// <summary>Gets the suppression applied, or <see langword="null"/> when every count is shown.</summary>
    public SuppressionPattern? Suppression { get; }

    /// <summary>Gets the count of a cell (the true count, also where the published table suppresses it: see <see cref="Suppression"/>).</summary>
    /// <param name="row">The row: the position of the province in <see cref="Provinces"/>.</param>
    /// <param name="column">The column, from 0 to <see cref="ColumnCount"/> − 1.</param>
    /// <returns>The count, or <see langword="null"/> when missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside the table.</exception>
    public long? this[int row, int column] => Value(SuppressionPattern.CheckIndex(row, Provinces.Count, nameof(row)), SuppressionPattern.CheckIndex(column, columns.Length, nameof(column)));

    /// <summary>Gets the total of a row, or <see langword="null"/> when a cell of the row is missing.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    public long? RowTotal(int row) => Value(SuppressionPattern.CheckIndex(row, Provinces.Count, nameof(row)), columns.Length);

    /// <summary>Gets the total of a column, or <see langword="null"/> when a cell of the column is missing.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the table.</exception>
    public long? ColumnTotal(int column) => Value(Provinces.Count, SuppressionPattern.CheckIndex(column, columns.Length, nameof(column)));

    /// <summary>Gets the grand total, or <see langword="null"/> when a cell is missing.</summary>
    public long? GrandTotal => Value(Provinces.Count, columns.Length);

    /// <summary>Gets the name of a column.</summary>
    /// <param name="column">The column.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name, for example "Drugs" or "Ma túy".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the table, or <paramref name="language"/> is not a defined value.</exception>
    public string ColumnName(int column, Language language)
    {
        var c = columns[SuppressionPattern.CheckIndex(column, columns.Length, nameof(column))];
        return Lang(language, c.English, c.Vietnamese);
    }

    /// <summary>Gets the table with small-cell protection applied to its cells and totals.</summary>
    /// <param name="suppression">The option.</param>
    /// <returns>The suppressed table; its counts are unchanged, its renderings and exports hide the suppressed entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suppression"/> is null.</exception>
    public CountTable Suppress(SmallCellSuppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return new CountTable(caption, Provinces, columns, cells, SuppressionPattern.Solve(suppression, Provinces.Count, columns.Length, cells));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Table(language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div("ps-count-table", Table(language).ToHtml(maxRows));
    }

    /// <summary>
    /// Writes the table as CSV (RFC 4180, <c>\n</c> line ends): a header <c>province_code,province,</c> the column keys
    /// (camelCase, as the JSON writes them) and <c>total</c>; one line a province, then a line <c>total</c> of column
    /// totals. A suppressed entry is written as <c>*</c>, a missing one as an empty field; no field starts with
    /// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, so a spreadsheet reads none as a formula.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("province_code,province,");
        writer.Write(string.Join(',', columns.Select(c => c.Key)));
        writer.Write(",total\n");
        for (var r = 0; r <= Provinces.Count; r++)
        {
            writer.Write(r < Provinces.Count ? $"{Provinces[r].Code},{CsvField(Provinces[r].Name)}" : "total,");
            for (var c = 0; c <= columns.Length; c++)
            {
                writer.Write(',');
                writer.Write(IsSuppressed(r, c) ? SmallCellSuppression.Mark : Value(r, c)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            writer.Write('\n');
        }
    }

    /// <summary>Gets the shape, for example "Count table: 3 provinces × 6 columns, counts below 5 suppressed, …".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Count table: {Preconditions.Number(Provinces.Count)} {(Provinces.Count == 1 ? "province" : "provinces")} × {Preconditions.Number(columns.Length)} {(columns.Length == 1 ? "column" : "columns")}"
        + (Suppression is { } s ? $", {s.Rule}" : string.Empty);

    /// <summary>The column keys, for the JSON writer.</summary>
    internal IEnumerable<string> ColumnKeys => columns.Select(c => c.Key);

    /// <summary>Whether an entry of the extended grid (row = rows: totals row; column = columns: totals column) is suppressed.</summary>
    internal bool IsSuppressed(int row, int column) => Suppression?.IsSuppressed(row, column) == true;

    /// <summary>The count of an entry of the extended grid, totals included.</summary>
    internal long? Value(int row, int column)
    {
        var (rows, width) = (Provinces.Count, columns.Length);
        if (row < rows && column < width)
        {
            return cells[(row * width) + column];
        }

        long? sum = 0;
        for (var r = row < rows ? row : 0; r < (row < rows ? row + 1 : rows); r++)
        {
            for (var c = column < width ? column : 0; c < (column < width ? column + 1 : width); c++)
            {
                sum += cells[(r * width) + c];
            }
        }

        return sum;
    }

    /// <summary>A CSV field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ neutralised with an apostrophe.</summary>
    internal static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 && !(text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
            ? text
            : "\"" + (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" : string.Empty) + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string Entry(int row, int column, Language language) =>
        IsSuppressed(row, column) ? SmallCellSuppression.Mark : Value(row, column) is long v ? Count(v, language) : Dash;

    private TextTable Table(Language language)
    {
        var headers = new List<TableColumn> { new(Lang(language, "Province", "Tỉnh")) };
        headers.AddRange(columns.Select(c => new TableColumn(Lang(language, c.English, c.Vietnamese), CellAlign.Right)));
        headers.Add(new TableColumn(Lang(language, "Total", "Tổng"), CellAlign.Right));
        var table = new TextTable(Lang(language, caption.English, caption.Vietnamese), [.. headers]);
        for (var r = 0; r <= Provinces.Count; r++)
        {
            var row = new string[columns.Length + 2];
            row[0] = r < Provinces.Count ? Provinces[r].Name : Lang(language, "Total", "Tổng");
            for (var c = 0; c <= columns.Length; c++)
            {
                row[c + 1] = Entry(r, c, language);
            }

            table.Row(row);
        }

        table.Note(Lang(language, "— : no data (missing is not zero); a total with a missing part is missing.", "— : không có số liệu (thiếu số liệu không phải là 0); tổng có phần thiếu thì cũng thiếu."));
        if (Suppression is { } s)
        {
            table.Note(s.Rule.Legend(language));
        }

        return table;
    }
}
