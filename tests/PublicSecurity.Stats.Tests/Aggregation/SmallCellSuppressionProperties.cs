using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class SmallCellSuppressionProperties
{
    /// <summary>Grids of 1–5 × 1–5 counts from 0 to 14, about one in twelve missing, with two thresholds from 1 to 12 and the zero flag.</summary>
    private static readonly Arbitrary<(long?[,] Grid, int Low, int High, bool Zeros)> Cases =
        (from rows in Gen.Choose(1, 5)
         from columns in Gen.Choose(1, 5)
         from values in Gen.ArrayOf(from v in Gen.Choose(0, 14) from gap in Gen.Choose(0, 11) select gap == 0 ? (long?)null : v, rows * columns)
         from a in Gen.Choose(1, 12)
         from b in Gen.Choose(1, 12)
         from zeros in Gen.Elements(false, true)
         select (ToGrid(values, rows, columns), Math.Min(a, b), Math.Max(a, b), zeros)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Apply_NoSuppressedEntryCanBeRecoveredBySubtractionInAnyLine() => Prop.ForAll(Cases, c =>
    {
        var grid = c.Grid;
        var pattern = SmallCellSuppression.Create(c.High, suppressZeros: c.Zeros).Apply(grid);
        return Attack(grid, pattern).Count == 0;
    });

    [Property(MaxTest = 300)]
    public Property Apply_EverySmallCountIsSuppressed_CellsAndTotals() => Prop.ForAll(Cases, c =>
    {
        var rule = SmallCellSuppression.Create(c.High, suppressZeros: c.Zeros);
        var pattern = rule.Apply(c.Grid);
        var values = Extended(c.Grid);
        var (h, w) = (values.GetLength(0), values.GetLength(1));
        for (var r = 0; r < h; r++)
        {
            for (var k = 0; k < w; k++)
            {
                if (values[r, k] is long v && rule.IsPrimary(v) && State(pattern, r, k) != CellSuppression.Primary)
                {
                    return false;
                }
            }
        }

        return true;
    });

    [Property(MaxTest = 300)]
    public Property Apply_AHigherThresholdSuppressesASuperset() => Prop.ForAll(Cases, c =>
    {
        var low = SmallCellSuppression.Create(c.Low, suppressZeros: c.Zeros).Apply(c.Grid);
        var high = SmallCellSuppression.Create(c.High, suppressZeros: c.Zeros).Apply(c.Grid);
        var (h, w) = (c.Grid.GetLength(0) + 1, c.Grid.GetLength(1) + 1);
        for (var r = 0; r < h; r++)
        {
            for (var k = 0; k < w; k++)
            {
                if (State(low, r, k) != CellSuppression.Shown && State(high, r, k) == CellSuppression.Shown)
                {
                    return false;
                }
            }
        }

        return true;
    });

    [Property(MaxTest = 200)]
    public Property Apply_WithoutSecondary_SuppressesExactlyThePrimaries() => Prop.ForAll(Cases, c =>
    {
        var rule = SmallCellSuppression.Create(c.High, SecondarySuppression.None, c.Zeros);
        var pattern = rule.Apply(c.Grid);
        var values = Extended(c.Grid);
        var count = 0;
        foreach (var v in values)
        {
            count += v is long x && rule.IsPrimary(x) ? 1 : 0;
        }

        return pattern.SecondaryCount == 0 && pattern.PrimaryCount == count;
    });

    private static long?[,] ToGrid(long?[] values, int rows, int columns)
    {
        var grid = new long?[rows, columns];
        for (var i = 0; i < values.Length; i++)
        {
            grid[i / columns, i % columns] = values[i];
        }

        return grid;
    }

    /// <summary>The grid with its totals, summed here independently of the library: null when a part is missing.</summary>
    private static long?[,] Extended(long?[,] grid)
    {
        var (rows, columns) = (grid.GetLength(0), grid.GetLength(1));
        var e = new long?[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var k = 0; k <= columns; k++)
            {
                var cells = Enumerable.Range(0, rows).Where(i => r == rows || i == r)
                    .SelectMany(i => Enumerable.Range(0, columns).Where(j => k == columns || j == k).Select(j => grid[i, j]))
                    .ToList();
                e[r, k] = cells.Any(x => x is null) ? null : cells.Sum(x => x!.Value);
            }
        }

        return e;
    }

    private static CellSuppression State(SuppressionPattern p, int row, int column) =>
        row < p.Rows && column < p.Columns ? p.Cell(row, column)
        : row < p.Rows ? p.RowTotal(row)
        : column < p.Columns ? p.ColumnTotal(column)
        : p.GrandTotal;

    /// <summary>
    /// A reader with the published table: in any row or column (with its total) where exactly one entry is unknown
    /// and every other is a published number, it subtracts; it repeats with what it learnt until nothing more comes.
    /// Returns the suppressed entries it recovered.
    /// </summary>
    private static List<(int Row, int Column)> Attack(long?[,] grid, SuppressionPattern pattern)
    {
        var values = Extended(grid);
        var (h, w) = (values.GetLength(0), values.GetLength(1));
        var known = new bool[h, w];
        for (var r = 0; r < h; r++)
        {
            for (var k = 0; k < w; k++)
            {
                known[r, k] = values[r, k] is not null && State(pattern, r, k) == CellSuppression.Shown;
            }
        }

        var recovered = new List<(int, int)>();
        bool learnt;
        do
        {
            learnt = false;
            var lines = Enumerable.Range(0, h).Select(r => Enumerable.Range(0, w).Select(k => (r, k)).ToList())
                .Concat(Enumerable.Range(0, w).Select(k => Enumerable.Range(0, h).Select(r => (r, k)).ToList()));
            foreach (var line in lines)
            {
                var unknown = line.Where(e => !known[e.Item1, e.Item2]).ToList();
                if (unknown.Count == 1 && values[unknown[0].Item1, unknown[0].Item2] is not null && line.All(e => values[e.Item1, e.Item2] is not null))
                {
                    known[unknown[0].Item1, unknown[0].Item2] = true;
                    recovered.Add(unknown[0]);
                    learnt = true;
                }
            }
        }
        while (learnt);

        return recovered;
    }
}
