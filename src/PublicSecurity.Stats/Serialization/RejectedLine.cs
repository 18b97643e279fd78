namespace PublicSecurity.Stats.Serialization;

/// <summary>A line of JSON Lines input that was not read as a record: its number, why, and the start of its text.</summary>
/// <remarks>
/// Collected by <see cref="JsonLines.Read{T}(Stream, ICollection{RejectedLine})"/> instead of stopping at the first
/// bad line. Instances are immutable and thread-safe.
/// </remarks>
public sealed class RejectedLine
{
    /// <summary>The most characters of a line kept in <see cref="Text"/>.</summary>
    public const int MaxTextLength = 200;

    internal RejectedLine(long lineNumber, string reason, string text)
    {
        (LineNumber, Reason, Text) = (lineNumber, reason, text);
    }

    /// <summary>Gets the line number, from 1 (blank lines count).</summary>
    public long LineNumber { get; }

    /// <summary>Gets why the line was rejected: the rule, the member and the value, and the JSON path and position within the line.</summary>
    public string Reason { get; }

    /// <summary>Gets the line's text (decoded as UTF-8), cut to <see cref="MaxTextLength"/> characters followed by "…" when longer.</summary>
    public string Text { get; }

    /// <summary>Gets the line number and reason, for example "Line 17: CriminalCase: invalid member 'outcomeOn': …".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Line {Preconditions.Number(LineNumber)}: {Reason}";
}
