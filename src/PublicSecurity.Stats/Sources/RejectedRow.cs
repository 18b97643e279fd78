namespace PublicSecurity.Stats.Sources;

/// <summary>A row of tabular input (a data reader, a file, a database table) that was not counted: where it is, which column, its value and the rule it breaks.</summary>
/// <remarks>
/// Collected instead of stopping at the first bad row when the read allows it (for example
/// <see cref="CaseReadOptions.MaxRejectedRows"/>); the same four facts are the properties of
/// <see cref="RowRejectedException"/> when a read stops. Instances are immutable and thread-safe.
/// </remarks>
public sealed class RejectedRow
{
    /// <summary>The most characters of a value kept in <see cref="Value"/>.</summary>
    public const int MaxValueLength = 200;

    internal RejectedRow(string? source, long row, string column, string value, string rule)
    {
        (Source, Row, Column, Value, Rule) = (source, row, column, Cut(value), rule);
    }

    /// <summary>Gets the file, table or shard the row came from, or <see langword="null"/> when the input is one unnamed reader.</summary>
    public string? Source { get; }

    /// <summary>Gets the row's number in its source, from 1 for the first data row (a header line is not a row).</summary>
    public long Row { get; }

    /// <summary>Gets the name of the column whose value breaks the rule, as the source names it.</summary>
    public string Column { get; }

    /// <summary>Gets the value as read, as text ("(null)" for a database null, "(empty)" for an empty text), cut to <see cref="MaxValueLength"/> characters followed by "…".</summary>
    public string Value { get; }

    /// <summary>Gets the rule the value breaks, for example "the outcome date must not be before the recorded date (05/01/2023)".</summary>
    public string Rule { get; }

    /// <summary>Gets the sentence that names the row, the column, the value and the rule, for example "Row 17, column 'outcome_on': the outcome date must not be before the recorded date (05/01/2023); it was '2023-01-02'.".</summary>
    public string Message => Describe(Source, Row, Column, Value, Rule);

    /// <summary>Gets <see cref="Message"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Message;

    internal static string Describe(string? source, long row, string column, string value, string rule) =>
        $"{(source is null ? string.Empty : source + ", ")}Row {Preconditions.Number(row)}, column '{column}': {rule}; it was '{Cut(value)}'.";

    internal static string Cut(string value) => value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "…");
}
