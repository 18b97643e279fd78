using System.Globalization;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Clearance counts by province × period (for example province × month) out of a <see cref="CaseTally"/>: one row per
/// province of the tally, one column per period, on the period or the cohort basis.
/// </summary>
/// <remarks>
/// <para>
/// A cell is <see langword="null"/> when the tally has no entry for its province and period — missing is not zero —
/// or, on the cohort basis at a fixed evaluation period, when the cohort was not counted at that period's end (its
/// period ends later, or a merge dropped the date). Its rate is defined only when a case occurred
/// (<see cref="ClearanceCount.IsRateDefined"/>).
/// </para>
/// <para>
/// Renders as a province × period table (each cell: cleared / occurred and the clearance rate; "—" where missing) in
/// text, Markdown and HTML, and as small multiples of counts and clearance by period (<see cref="ToSvg"/>); the HTML
/// has both.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ClearanceTable : IRenderable
{
    private readonly ClearanceCount?[] cells;

    internal ClearanceTable(
        ClearanceBasis basis,
        ReportingPeriod? evaluationPeriod,
        SeverityGroup severity,
        OffenceGroup? offenceGroup,
        IReadOnlyList<Province> provinces,
        IReadOnlyList<ReportingPeriod> periods,
        ClearanceCount?[] cells,
        SuppressionPattern? suppression = null)
    {
        (Basis, EvaluationPeriod, Severity, OffenceGroup, Provinces, Periods, this.cells, Suppression) = (basis, evaluationPeriod, severity, offenceGroup, provinces, periods, cells, suppression);
    }

    /// <summary>Gets the small-cell protection applied (<see cref="Suppress"/>), or <see langword="null"/> when every cell is shown.</summary>
    public SuppressionPattern? Suppression { get; }

    /// <summary>Gets the basis of the counts.</summary>
    public ClearanceBasis Basis { get; }

    /// <summary>
    /// Gets the period by whose end cohort clearances count, or <see langword="null"/> on the period basis and when each
    /// cohort is counted at the end of its own period.
    /// </summary>
    public ReportingPeriod? EvaluationPeriod { get; }

    /// <summary>Gets the severities counted.</summary>
    public SeverityGroup Severity { get; }

    /// <summary>Gets the offence group counted, or <see langword="null"/> for all.</summary>
    public OffenceGroup? OffenceGroup { get; }

    /// <summary>Gets the rows: the provinces of the tally's keys, ordered by code.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets the columns: the periods of the tally's keys, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>Gets the cell of a row and column.</summary>
    /// <param name="row">The row: the position of the province in <see cref="Provinces"/>.</param>
    /// <param name="column">The column: the position of the period in <see cref="Periods"/>.</param>
    /// <returns>The counts, or <see langword="null"/> when missing (see the class remarks).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside the table.</exception>
    public ClearanceCount? this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)Provinces.Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(row), $"The row must be from 0 to {Preconditions.Number(Provinces.Count - 1)} (the provinces); it was {Preconditions.Number(row)}.");
            }

            if ((uint)column >= (uint)Periods.Count)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(column), $"The column must be from 0 to {Preconditions.Number(Periods.Count - 1)} (the periods); it was {Preconditions.Number(column)}.");
            }

            return cells[(row * Periods.Count) + column];
        }
    }

    /// <summary>Gets the cell of a province and period.</summary>
    /// <param name="province">A province of <see cref="Provinces"/>.</param>
    /// <param name="period">A period of <see cref="Periods"/>.</param>
    /// <returns>The counts, or <see langword="null"/> when missing (see the class remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not a row or <paramref name="period"/> not a column of the table.</exception>
    public ClearanceCount? this[Province province, ReportingPeriod period]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(province);
            ArgumentNullException.ThrowIfNull(period);
            var row = IndexOf(Provinces, province);
            if (row < 0)
            {
                throw new ArgumentException($"The province must be a row of the table ({Preconditions.Number(Provinces.Count)} provinces of the tally); it was {province}.", nameof(province));
            }

            var column = IndexOf(Periods, period);
            if (column < 0)
            {
                throw new ArgumentException($"The period must be a column of the table ({string.Join("; ", Periods)}); it was {period}.", nameof(period));
            }

            return cells[(row * Periods.Count) + column];
        }
    }

    /// <summary>Gets the table with small-cell protection: cells whose cases occurred are below the threshold, and the cells and totals that would reveal them.</summary>
    /// <param name="suppression">The option.</param>
    /// <returns>
    /// The suppressed table, which renders with a totals row and column (cleared / occurred summed, the rate recomputed)
    /// — the totals the suppression protects against — and shows a suppressed cell or total, counts and rate alike, as
    /// <see cref="SmallCellSuppression.Mark"/>; its chart leaves suppressed cells out as gaps. The counts of the
    /// table are unchanged.
    /// </returns>
    /// <remarks>
    /// The pattern is found on the cases occurred (the rate's base) and hides both counts of a cell: one pattern covers
    /// the occurred and the cleared table, since secondary suppression depends only on which entries are hidden.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="suppression"/> is null.</exception>
    public ClearanceTable Suppress(SmallCellSuppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        var occurred = Array.ConvertAll(cells, c => c?.Occurred);
        var pattern = SuppressionPattern.Solve(suppression, Provinces.Count, Periods.Count, occurred);
        return new ClearanceTable(Basis, EvaluationPeriod, Severity, OffenceGroup, Provinces, Periods, cells, pattern);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Table(language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    /// <inheritdoc/>
    /// <remarks>The fragment has the table and the chart of <see cref="ToSvg"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div("ps-clearance-table", Table(language).ToHtml(maxRows), ToSvg(language));
    }

    /// <summary>
    /// Writes the table as CSV (RFC 4180, <c>\n</c> line ends), one line a cell: <c>province_code, province,
    /// period_start, period_end, cleared, occurred, rate</c> (dates yyyy-MM-dd, the rate a fraction with 4 decimals), then
    /// a line a province total (period <c>total</c>), a line a period total (province <c>total</c>) and the grand total.
    /// </summary>
    /// <param name="writer">The writer; it is not closed.</param>
    /// <remarks>
    /// A suppressed cell or total has <c>*</c> in its three values; a missing one (no entry; a total with a missing part)
    /// has them empty; an undefined rate (no case occurred) is empty. No field starts with <c>=</c>, <c>+</c>, <c>-</c> or
    /// <c>@</c>, so a spreadsheet reads none as a formula.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("province_code,province,period_start,period_end,cleared,occurred,rate\n");
        foreach (var (r, c) in EntriesInCsvOrder())
        {
            var province = r < Provinces.Count ? $"{Provinces[r].Code},{CountTable.CsvField(Provinces[r].Name)}" : "total,";
            var period = c < Periods.Count ? $"{Iso(Periods[c].Start)},{Iso(Periods[c].End)}" : "total,";
            var values = Suppression?.IsSuppressed(r, c) == true
                ? $"{SmallCellSuppression.Mark},{SmallCellSuppression.Mark},{SmallCellSuppression.Mark}"
                : Entry(r, c) is { } cell
                ? string.Create(CultureInfo.InvariantCulture, $"{cell.Cleared},{cell.Occurred},{(cell.IsRateDefined ? cell.Rate.ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty)}")
                : ",,";
            writer.Write($"{province},{period},{values}\n");
        }
    }

    /// <summary>The entries of the grid with totals in the CSV's order: cells by province then period, province totals, period totals, the grand total.</summary>
    internal IEnumerable<(int Row, int Column)> EntriesInCsvOrder()
    {
        var (rows, columns) = (Provinces.Count, Periods.Count);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                yield return (r, c);
            }
        }

        for (var r = 0; r < rows; r++)
        {
            yield return (r, columns);
        }

        for (var c = 0; c <= columns; c++)
        {
            yield return (rows, c);
        }
    }

    /// <summary>Gets small multiples of the table as a self-contained inline SVG: per province, cases occurred and cleared by period, and the clearance rate by period.</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <returns>The SVG; missing cells and undefined rates are gaps in the lines, never zeros.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language = Language.English)
    {
        var rows = new List<ProvinceSeries>(Provinces.Count);
        for (var r = 0; r < Provinces.Count; r++)
        {
            var series = new PeriodCounts?[Periods.Count];
            for (var c = 0; c < Periods.Count; c++)
            {
                series[c] = cells[(r * Periods.Count) + c] is { } cell && Suppression?.IsSuppressed(r, c) != true
                    ? new PeriodCounts(cell.Cleared, cell.Occurred, cell.IsRateDefined ? cell.Rate : null)
                    : null;
            }

            rows.Add(new ProvinceSeries(Provinces[r].Name, series));
        }

        return Charts.CountsAndRates(Caption(language), [.. Periods.Select(p => PeriodName(p, language))], rows, language);
    }

    /// <summary>Gets the shape and basis, for example "Clearance table (period basis): 63 provinces × 12 periods".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var basis = Basis == ClearanceBasis.Period
            ? "period basis"
            : EvaluationPeriod is null ? "cohort basis, each at its period's end" : $"cohort basis, by the end of {EvaluationPeriod}";
        return $"Clearance table ({basis}): {Preconditions.Number(Provinces.Count)} {(Provinces.Count == 1 ? "province" : "provinces")} × {Preconditions.Number(Periods.Count)} {(Periods.Count == 1 ? "period" : "periods")}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string PeriodName(ReportingPeriod period, Language language) => period.Name(language) ?? period.ToString(language);

    private string Caption(Language language)
    {
        var basis = Basis == ClearanceBasis.Period
            ? Lang(language, "period basis", "theo kỳ")
            : EvaluationPeriod is { } at
                ? Lang(language, $"cohort basis, by the end of {PeriodName(at, language)}", $"theo nhóm án, tính đến hết {PeriodName(at, language)}")
                : Lang(language, "cohort basis, each at its period's end", "theo nhóm án, mỗi nhóm tính đến hết kỳ của nó");
        return Lang(language, $"Clearance by province and period ({basis})", $"Tỷ lệ điều tra làm rõ theo tỉnh và kỳ ({basis})");
    }

    private TextTable Table(Language language)
    {
        var totals = Suppression is not null;
        var columns = new List<TableColumn> { new(Lang(language, "Province", "Tỉnh")) };
        columns.AddRange(Periods.Select(p => new TableColumn(PeriodName(p, language), CellAlign.Right)));
        if (totals)
        {
            columns.Add(new TableColumn(Lang(language, "Total", "Tổng"), CellAlign.Right));
        }

        var table = new TextTable(Caption(language), [.. columns]);
        var (rows, width) = (Provinces.Count + (totals ? 1 : 0), Periods.Count + (totals ? 1 : 0));
        for (var r = 0; r < rows; r++)
        {
            var row = new string[width + 1];
            row[0] = r < Provinces.Count ? Provinces[r].Name : Lang(language, "Total", "Tổng");
            for (var c = 0; c < width; c++)
            {
                row[c + 1] = Suppression?.IsSuppressed(r, c) == true
                    ? SmallCellSuppression.Mark
                    : Entry(r, c) is { } cell
                    ? $"{Count(cell.Cleared, language)} / {Count(cell.Occurred, language)} ({(cell.IsRateDefined ? Percent(cell.Rate, language) : Dash)})"
                    : Dash;
            }

            table.Row(row);
        }

        table.Note(Lang(
            language,
            "Each cell: cases cleared / cases occurred (clearance rate). — alone: the tally has no entry (missing is not zero); (—): no case occurred, so the rate is undefined.",
            "Mỗi ô: số vụ làm rõ / số vụ xảy ra (tỷ lệ điều tra làm rõ). Chỉ có —: không có số liệu (thiếu số liệu không phải là 0); (—): không có vụ nào xảy ra nên tỷ lệ không xác định."));
        if (Suppression is { } s)
        {
            table.Note(Lang(language, "Totals: counts summed (a total with a missing part is missing), the rate recomputed from them.", "Tổng: cộng các số vụ (tổng có phần thiếu thì cũng thiếu), tỷ lệ tính lại từ tổng."));
            table.Note(s.Rule.Legend(language));
        }

        return table;
    }

    /// <summary>The counts of an entry of the grid with totals: row = provinces is the totals row, column = periods the totals column.</summary>
    internal ClearanceCount? Entry(int row, int column)
    {
        var (rows, width) = (Provinces.Count, Periods.Count);
        if (row < rows && column < width)
        {
            return cells[(row * width) + column];
        }

        ClearanceCount? sum = null;
        for (var r = row < rows ? row : 0; r < (row < rows ? row + 1 : rows); r++)
        {
            for (var c = column < width ? column : 0; c < (column < width ? column + 1 : width); c++)
            {
                if (cells[(r * width) + c] is not { } cell)
                {
                    return null;
                }

                sum = sum is { } s ? s.Add(cell) : cell;
            }
        }

        return sum;
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T value)
        where T : IEquatable<T>
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Equals(value))
            {
                return i;
            }
        }

        return -1;
    }
}
