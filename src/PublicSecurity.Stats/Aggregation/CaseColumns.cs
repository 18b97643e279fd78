namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Criminal case records as columns of equal length — the bulk input of <see cref="CaseAggregator"/>, as read from
/// Parquet, Arrow, a database cursor or a memory-mapped file.
/// </summary>
/// <remarks>
/// <para>Row <c>i</c> of every column describes one case:</para>
/// <list type="table">
/// <listheader><term>column</term><description>meaning</description></listheader>
/// <item><term><see cref="ProvinceIndex"/> (<see cref="byte"/>)</term><description>the position of the case's province in
/// <see cref="ProvinceCatalog.All(ProvinceEdition)"/> of the edition given to the tally (ordered by code: 0 is Hà Nội 01):
/// <see cref="ProvinceCatalog.IndexOf(Province)"/> of a province, <see cref="ParseProvinces"/> of a column of codes or names;</description></item>
/// <item><term><see cref="RecordedDay"/> (<see cref="int"/>)</term><description>the recorded date as <see cref="DateOnly.DayNumber"/>;</description></item>
/// <item><term><see cref="OutcomeKind"/> (<see cref="byte"/>)</term><description>the outcome as the value of <see cref="Crime.CaseOutcome"/>
/// (0 not cleared, 1 cleared by arrest, 2 cleared exceptionally, 3 unfounded);</description></item>
/// <item><term><see cref="OutcomeDay"/> (<see cref="int"/>)</term><description>the outcome date as <see cref="DateOnly.DayNumber"/>, or −1 for none
/// (exactly when the case is not cleared);</description></item>
/// <item><term><see cref="Severity"/> (<see cref="byte"/>)</term><description>the value of <see cref="Crime.Severity"/> (0–3);</description></item>
/// <item><term><see cref="OffenceGroup"/> (<see cref="byte"/>)</term><description>the value of <see cref="Crime.OffenceGroup"/> (0–5).</description></item>
/// </list>
/// <para>
/// The constructor checks only that the columns have equal lengths; the values are checked row by row while a tally
/// reads them (one pass), against the same rules as <see cref="Crime.CriminalCase.Create"/>, and the first bad row is
/// reported by its index. The columns are not copied: they must not change while a tally reads them. Instances are
/// immutable (as long as the memory behind them is) and can be read by several tallies at once.
/// </para>
/// </remarks>
public sealed class CaseColumns
{
    /// <summary>Wraps six columns of equal length.</summary>
    /// <param name="provinceIndex">The province of each case, by position in its edition.</param>
    /// <param name="recordedDay">The recorded date of each case, as a day number.</param>
    /// <param name="outcomeKind">The outcome of each case, as a <see cref="Crime.CaseOutcome"/> value.</param>
    /// <param name="outcomeDay">The outcome date of each case, as a day number, or −1 for none.</param>
    /// <param name="severity">The severity of each case, as a <see cref="Crime.Severity"/> value.</param>
    /// <param name="offenceGroup">The offence group of each case, as a <see cref="Crime.OffenceGroup"/> value.</param>
    /// <exception cref="ArgumentException">A column's length differs from <paramref name="provinceIndex"/>'s; the message names the column and both lengths.</exception>
    public CaseColumns(
        ReadOnlyMemory<byte> provinceIndex,
        ReadOnlyMemory<int> recordedDay,
        ReadOnlyMemory<byte> outcomeKind,
        ReadOnlyMemory<int> outcomeDay,
        ReadOnlyMemory<byte> severity,
        ReadOnlyMemory<byte> offenceGroup)
    {
        var n = provinceIndex.Length;
        SameLength(recordedDay.Length, n, nameof(recordedDay));
        SameLength(outcomeKind.Length, n, nameof(outcomeKind));
        SameLength(outcomeDay.Length, n, nameof(outcomeDay));
        SameLength(severity.Length, n, nameof(severity));
        SameLength(offenceGroup.Length, n, nameof(offenceGroup));
        (ProvinceIndex, RecordedDay, OutcomeKind, OutcomeDay, Severity, OffenceGroup) = (provinceIndex, recordedDay, outcomeKind, outcomeDay, severity, offenceGroup);
    }

    /// <summary>Gets the number of rows (cases).</summary>
    public int Count => ProvinceIndex.Length;

    /// <summary>Gets the province of each case: its position in <see cref="ProvinceCatalog.All(ProvinceEdition)"/>.</summary>
    public ReadOnlyMemory<byte> ProvinceIndex { get; }

    /// <summary>Gets the recorded date of each case as <see cref="DateOnly.DayNumber"/>.</summary>
    public ReadOnlyMemory<int> RecordedDay { get; }

    /// <summary>Gets the outcome of each case as the value of <see cref="Crime.CaseOutcome"/>.</summary>
    public ReadOnlyMemory<byte> OutcomeKind { get; }

    /// <summary>Gets the outcome date of each case as <see cref="DateOnly.DayNumber"/>, or −1 when the case is not cleared.</summary>
    public ReadOnlyMemory<int> OutcomeDay { get; }

    /// <summary>Gets the severity of each case as the value of <see cref="Crime.Severity"/>.</summary>
    public ReadOnlyMemory<byte> Severity { get; }

    /// <summary>Gets the offence group of each case as the value of <see cref="Crime.OffenceGroup"/>.</summary>
    public ReadOnlyMemory<byte> OffenceGroup { get; }

    /// <summary>Reads a province column as spreadsheets and databases hold it — codes or names, as text — into the province indices of <see cref="ProvinceIndex"/>.</summary>
    /// <param name="edition">The edition the codes and names belong to; give the same edition to the tally.</param>
    /// <param name="provinces">
    /// One code or name per row, each read by <see cref="ProvinceCatalog.Parse(ProvinceEdition, string)"/>: "74", "1",
    /// " 01 ", "Bình Dương", "Binh Duong", "TP.HCM".
    /// </param>
    /// <returns>The position of each row's unit in <see cref="ProvinceCatalog.All(ProvinceEdition)"/> (<see cref="ProvinceCatalog.IndexOf(Province)"/>).</returns>
    /// <remarks>For provinces already resolved, the index of one is <see cref="ProvinceCatalog.IndexOf(Province)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="provinces"/> or one of its rows is null; the message names the row.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    /// <exception cref="FormatException">A row is neither a code nor a name of a unit of the edition; the message names the first such row (from 0) and its text.</exception>
    public static byte[] ParseProvinces(ProvinceEdition edition, IReadOnlyList<string> provinces)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        _ = ProvinceCatalog.All(edition);
        var indices = new byte[provinces.Count];
        for (var row = 0; row < indices.Length; row++)
        {
            var text = provinces[row] ?? throw new ArgumentNullException(
                nameof(provinces), $"The provinces must each be a code or a name; row {Preconditions.Number(row)} was null.");
            try
            {
                indices[row] = (byte)ProvinceCatalog.IndexOf(ProvinceCatalog.Parse(edition, text));
            }
            catch (FormatException e)
            {
                throw new FormatException(
                    $"The provinces must each be the code or name of a unit of the {Province.EditionLabel(edition)}; row {Preconditions.Number(row)} was '{text}': {e.Message}", e);
            }
        }

        return indices;
    }

    /// <summary>Gets the number of rows, for example "Case columns: 10000000 rows".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Case columns: {Preconditions.Number(Count)} rows";

    private static void SameLength(int length, int expected, string name)
    {
        if (length != expected)
        {
            throw new ArgumentException(
                $"The columns must have equal lengths: {name} must have as many rows as provinceIndex ({Preconditions.Number(expected)}); it had {Preconditions.Number(length)}.",
                name);
        }
    }
}
