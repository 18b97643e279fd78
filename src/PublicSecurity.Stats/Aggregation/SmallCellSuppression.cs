using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Small-cell protection for a published table of counts with totals: counts below a threshold are suppressed
/// (primary), and so are the cells that would reveal them through the totals (secondary) — what statistics offices do
/// before publishing counts by province × offence.
/// </summary>
/// <remarks>
/// <para>
/// <b>Primary.</b> A count c is primary when c &lt; <see cref="Threshold"/> and c ≥ 1 (c ≥ 0 with
/// <see cref="SuppressZeros"/>): a zero describes no one and is shown by default. Totals are counts too: a row, column
/// or grand total below the threshold is primary.
/// </para>
/// <para>
/// <b>Secondary</b> (<see cref="SecondarySuppression.NextSmallestInLine"/>). A table's lines are its rows and columns,
/// each with its total (the totals row and the totals column are lines too, with the grand total). A line whose
/// entries are all known and that has exactly one suppressed entry would give that entry away by subtraction, so the
/// smallest shown entry of the line is suppressed too — a non-zero cell first, then a zero cell, a total only when no
/// cell is left (ties: the first in reading order) — and this is repeated over every line until no line has exactly one.
/// Primaries are added in ascending order of count, the pattern being closed after each count, so that the pattern
/// of a higher threshold always contains the pattern of a lower one: two publications of one table at different
/// thresholds cannot be differenced. A line with a missing cell (missing is not zero) has no published total and
/// constrains nothing.
/// </para>
/// <para>
/// Suppressed entries are shown as <see cref="Mark"/> with a legend in both languages, and written to JSON with an
/// explicit flag, never as 0 and never as a bare null. Exports do not say which suppressed entries are primary (that
/// would tell the reader which counts are small); the <see cref="SuppressionPattern"/> in memory does, for the
/// publisher. The rule protects against subtraction within a line; it is not a full linear-programming audit of
/// the table (τ-ARGUS's optimal or hypercube methods).
/// </para>
/// <para>Instances are immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class SmallCellSuppression : IEquatable<SmallCellSuppression>
{
    /// <summary>The mark a suppressed entry is rendered as, in every language: "*".</summary>
    public const string Mark = "*";

    private SmallCellSuppression(long threshold, SecondarySuppression secondary, bool suppressZeros)
    {
        (Threshold, Secondary, SuppressZeros) = (threshold, secondary, suppressZeros);
    }

    /// <summary>Gets the threshold: counts below it are primary (5 hides 1 to 4).</summary>
    public long Threshold { get; }

    /// <summary>Gets the secondary-suppression rule.</summary>
    public SecondarySuppression Secondary { get; }

    /// <summary>Gets whether zeros are primary too (by default a zero is shown: it describes no one).</summary>
    public bool SuppressZeros { get; }

    /// <summary>Creates the option.</summary>
    /// <param name="threshold">Counts below it are suppressed; at least 1 (1 suppresses nothing but zeros, with <paramref name="suppressZeros"/>).</param>
    /// <param name="secondary">The secondary-suppression rule; <see cref="SecondarySuppression.NextSmallestInLine"/> by default.</param>
    /// <param name="suppressZeros">Whether zeros are primary too; false by default.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1, or <paramref name="secondary"/> is undefined.</exception>
    public static SmallCellSuppression Create(long threshold, SecondarySuppression secondary = SecondarySuppression.NextSmallestInLine, bool suppressZeros = false)
    {
        Preconditions.Positive(threshold, nameof(threshold));
        Preconditions.Defined(secondary, nameof(secondary));
        return new SmallCellSuppression(threshold, secondary, suppressZeros);
    }

    /// <summary>Gets whether a count is primary under this option.</summary>
    /// <param name="count">The count.</param>
    /// <returns>Whether it is below the threshold (and not zero, unless zeros are suppressed).</returns>
    public bool IsPrimary(long count) => count < Threshold && (count > 0 || SuppressZeros);

    /// <summary>Applies the option to a grid of counts and its totals.</summary>
    /// <param name="counts">The counts, rows × columns; a null cell is missing (never zero), and the totals of its row and column are then unknown.</param>
    /// <returns>The pattern: for each cell and total, whether it is shown or suppressed, and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SuppressionPattern Apply(long?[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (rows, columns) = (counts.GetLength(0), counts.GetLength(1));
        var cells = new long?[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (counts[r, c] is long v && v < 0)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(counts), string.Create(CultureInfo.InvariantCulture, $"The counts must not be negative; the count at row {r}, column {c} was {v}."));
                }

                cells[(r * columns) + c] = counts[r, c];
            }
        }

        return SuppressionPattern.Solve(this, rows, columns, cells);
    }

    /// <summary>Gets the legend of the mark in a language, for example "* a suppressed count (the mark does not mean zero): a count from 1 to 4, or a count hidden so that such a count cannot be worked out from the totals."</summary>
    /// <param name="language">The language.</param>
    /// <returns>The legend.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Legend(Language language)
    {
        var low = NumberText.Integer(SuppressZeros ? 0 : 1, language);
        var high = NumberText.Integer(Threshold - 1, language);
        var range = Threshold - 1 < (SuppressZeros ? 0 : 1)
            ? Cells.Lang(language, "no count is small", "không có số nhỏ")
            : Cells.Lang(language, $"a count from {low} to {high}", $"số từ {low} đến {high}");
        return Secondary == SecondarySuppression.None
            ? Cells.Lang(
                language,
                $"{Mark} a suppressed count (the mark does not mean zero): {range}. No secondary suppression: publish no total of this table.",
                $"{Mark} số liệu được ẩn (dấu này không có nghĩa là 0): {range}. Không ẩn bổ sung: không công bố tổng nào của bảng này.")
            : Cells.Lang(
                language,
                $"{Mark} a suppressed count (the mark does not mean zero): {range}, or a count hidden so that such a count cannot be worked out from the totals.",
                $"{Mark} số liệu được ẩn (dấu này không có nghĩa là 0): {range}, hoặc số được ẩn thêm để không thể suy ra số đó từ các tổng.");
    }

    /// <inheritdoc/>
    public bool Equals(SmallCellSuppression? other) => other is not null && (other.Threshold, other.Secondary, other.SuppressZeros) == (Threshold, Secondary, SuppressZeros);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SmallCellSuppression);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Threshold, Secondary, SuppressZeros);

    /// <summary>Gets the option in English, for example "counts below 5 suppressed, with secondary suppression (next smallest in line)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"counts below {Preconditions.Number(Threshold)}{(SuppressZeros ? " (zeros included)" : string.Empty)} suppressed, "
        + (Secondary == SecondarySuppression.None ? "without secondary suppression" : "with secondary suppression (next smallest in line)");
}

/// <summary>How cells that would reveal a suppressed count through the totals are found.</summary>
/// <remarks><c>default</c> (0) is not a rule.</remarks>
public enum SecondarySuppression
{
    /// <summary>In every line (row or column with its total) with exactly one suppressed entry, the smallest shown entry is suppressed too, until no such line is left (see <see cref="SmallCellSuppression"/>).</summary>
    NextSmallestInLine = 1,

    /// <summary>Primary suppression only: safe only when no total of the table is published, here or elsewhere.</summary>
    None = 2,
}

/// <summary>Whether a published entry (a cell or a total) is shown or suppressed, and why.</summary>
/// <remarks><c>default</c> is <see cref="Shown"/>.</remarks>
public enum CellSuppression
{
    /// <summary>Shown.</summary>
    Shown = 0,

    /// <summary>Suppressed because the count is below the threshold.</summary>
    Primary = 1,

    /// <summary>Suppressed because showing it would reveal a suppressed count through a total.</summary>
    Secondary = 2,
}
