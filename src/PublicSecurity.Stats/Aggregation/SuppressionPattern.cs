namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Which entries of a table of counts — its cells, row totals, column totals and grand total — are shown, and which are
/// suppressed as primary or secondary under a <see cref="SmallCellSuppression"/>.
/// </summary>
/// <remarks>
/// Made by <see cref="SmallCellSuppression.Apply"/> (and by the tables' <c>Suppress</c> methods). It tells the publisher
/// why each entry is hidden; the exports of a table show only that it is hidden. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SuppressionPattern
{
    private readonly CellSuppression[] states;

    private SuppressionPattern(SmallCellSuppression rule, int rows, int columns, CellSuppression[] states)
    {
        (Rule, Rows, Columns, this.states) = (rule, rows, columns, states);
    }

    /// <summary>Gets the option applied.</summary>
    public SmallCellSuppression Rule { get; }

    /// <summary>Gets the number of rows of cells (without the totals row).</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns of cells (without the totals column).</summary>
    public int Columns { get; }

    /// <summary>Gets the number of entries (cells and totals) suppressed as primary.</summary>
    public int PrimaryCount => Count(CellSuppression.Primary);

    /// <summary>Gets the number of entries (cells and totals) suppressed as secondary.</summary>
    public int SecondaryCount => Count(CellSuppression.Secondary);

    /// <summary>Gets the state of the grand total.</summary>
    public CellSuppression GrandTotal => states[^1];

    /// <summary>Gets the state of a cell.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside the cells.</exception>
    public CellSuppression Cell(int row, int column) => At(CheckIndex(row, Rows, nameof(row)), CheckIndex(column, Columns, nameof(column)));

    /// <summary>Gets the state of a row's total.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the cells.</exception>
    public CellSuppression RowTotal(int row) => At(CheckIndex(row, Rows, nameof(row)), Columns);

    /// <summary>Gets the state of a column's total.</summary>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the cells.</exception>
    public CellSuppression ColumnTotal(int column) => At(Rows, CheckIndex(column, Columns, nameof(column)));

    /// <summary>Gets a short description, for example "3 primary and 5 secondary of 42 entries suppressed (counts below 5 …)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Preconditions.Number(PrimaryCount)} primary and {Preconditions.Number(SecondaryCount)} secondary of {Preconditions.Number(states.Length)} entries suppressed ({Rule})";

    /// <summary>The state of an entry of the extended grid: <paramref name="row"/> = <see cref="Rows"/> is the totals row, <paramref name="column"/> = <see cref="Columns"/> the totals column.</summary>
    internal CellSuppression At(int row, int column) => states[(row * (Columns + 1)) + column];

    /// <summary>Whether an entry of the extended grid is suppressed.</summary>
    internal bool IsSuppressed(int row, int column) => At(row, column) != CellSuppression.Shown;

    /// <summary>
    /// Finds the pattern of a rows × columns grid of counts (null = missing), its totals computed here: primaries in
    /// ascending order of count, each level closed by the secondary rule (see <see cref="SmallCellSuppression"/>).
    /// </summary>
    /// <param name="rule">The option.</param>
    /// <param name="rows">The rows of cells.</param>
    /// <param name="columns">The columns of cells.</param>
    /// <param name="cells">The cells, row by row; null is missing.</param>
    /// <param name="known">
    /// Optionally, the cells the reader knows whatever is hidden (for example zeros a file states by leaving their rows
    /// out): never primary, never a complement, but counted in the totals.
    /// </param>
    /// <param name="forced">
    /// Optionally, entries of the extended grid (cells and totals, row by row, the totals column last in each row and the
    /// totals row last) hidden from the start — the pattern of another count over the same rows — as secondary.
    /// </param>
    internal static SuppressionPattern Solve(SmallCellSuppression rule, int rows, int columns, long?[] cells, bool[]? known = null, bool[]? forced = null)
    {
        var width = columns + 1;
        var values = Extend(rows, columns, cells);
        var states = new CellSuppression[values.Length];
        var fixedShown = new bool[values.Length];
        for (var i = 0; known is not null && i < cells.Length; i++)
        {
            fixedShown[((i / columns) * width) + (i % columns)] = known[i];
        }

        for (var i = 0; forced is not null && i < states.Length; i++)
        {
            states[i] = forced[i] && values[i] is not null ? CellSuppression.Secondary : CellSuppression.Shown;
        }

        if (forced is not null && rule.Secondary == SecondarySuppression.NextSmallestInLine)
        {
            Close(values, states, fixedShown, rows + 1, width);
        }

        var levels = new SortedSet<long>();
        foreach (var v in values)
        {
            if (v is long count && rule.IsPrimary(count))
            {
                levels.Add(count);
            }
        }

        foreach (var level in levels)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == level && !fixedShown[i])
                {
                    states[i] = CellSuppression.Primary;
                }
            }

            if (rule.Secondary == SecondarySuppression.NextSmallestInLine)
            {
                Close(values, states, fixedShown, rows + 1, width);
            }
        }

        return new SuppressionPattern(rule, rows, columns, states);
    }

    /// <summary>The grid with its totals: a totals column on the right, a totals row at the bottom; a total with a missing part is missing.</summary>
    private static long?[] Extend(int rows, int columns, long?[] cells)
    {
        var width = columns + 1;
        var values = new long?[(rows + 1) * width];
        var columnTotals = new long?[columns];
        Array.Fill(columnTotals, 0L);
        long? grand = 0;
        for (var r = 0; r < rows; r++)
        {
            long? rowTotal = 0;
            for (var c = 0; c < columns; c++)
            {
                var v = cells[(r * columns) + c];
                values[(r * width) + c] = v;
                rowTotal = rowTotal + v;
                columnTotals[c] = columnTotals[c] + v;
            }

            values[(r * width) + columns] = rowTotal;
            grand = grand + rowTotal;
        }

        for (var c = 0; c < columns; c++)
        {
            values[(rows * width) + c] = columnTotals[c];
        }

        values[^1] = grand;
        return values;
    }

    /// <summary>Suppresses the smallest shown entry of every fully known line with exactly one suppressed entry, until none is left.</summary>
    private static void Close(long?[] values, CellSuppression[] states, bool[] fixedShown, int height, int width)
    {
        bool changed;
        do
        {
            changed = false;
            for (var line = 0; line < height + width; line++)
            {
                var isRow = line < height;
                var length = isRow ? width : height;
                int suppressed = 0, best = -1;
                var complete = true;
                for (var k = 0; k < length && complete; k++)
                {
                    var i = isRow ? (line * width) + k : (k * width) + (line - height);
                    if (values[i] is null)
                    {
                        complete = false;
                    }
                    else if (states[i] != CellSuppression.Shown)
                    {
                        suppressed++;
                    }
                    else if (!fixedShown[i] && (best < 0 || Before(values, i, best, width, height)))
                    {
                        best = i;
                    }
                }

                if (complete && suppressed == 1 && best >= 0)
                {
                    states[best] = CellSuppression.Secondary;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    /// <summary>Whether entry <paramref name="a"/> is a better complement than <paramref name="b"/>: a cell before a total, non-zero before zero, smaller first, then reading order.</summary>
    private static bool Before(long?[] values, int a, int b, int width, int height)
    {
        static (bool, bool, long, int) Key(long?[] values, int i, int width, int height) =>
            (i % width == width - 1 || i / width == height - 1, values[i] == 0, values[i]!.Value, i);
        return Key(values, a, width, height).CompareTo(Key(values, b, width, height)) < 0;
    }

    /// <summary>Checks a row or column index: "The row must be from 0 to 2; it was 3."</summary>
    internal static int CheckIndex(int index, int count, string name) =>
        (uint)index < (uint)count
            ? index
            : throw new ArgumentOutOfRangeException(
                name, $"The {name} must be from 0 to {Preconditions.Number(count - 1)}; it was {Preconditions.Number(index)}.");

    private int Count(CellSuppression state)
    {
        var n = 0;
        foreach (var s in states)
        {
            n += s == state ? 1 : 0;
        }

        return n;
    }
}
