namespace PublicSecurity.Stats.Sources;

/// <summary>The exception thrown when a row of tabular input breaks a rule and the read stops at the first bad row: it names the row, the column, the value and the rule.</summary>
/// <remarks>
/// A <see cref="FormatException"/>, as for text the library cannot read; <see cref="Row"/>, <see cref="Column"/>,
/// <see cref="Value"/> and <see cref="Rule"/> carry the facts the message states. To go on past bad rows and collect
/// them, see <see cref="RejectedRow"/>.
/// </remarks>
public sealed class RowRejectedException : FormatException
{
    /// <summary>Initializes a new instance with a generic message (for serializers and tools; the library always gives the row).</summary>
    public RowRejectedException()
        : this(new RejectedRow(null, 0, string.Empty, string.Empty, "a row broke a rule"))
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public RowRejectedException(string message)
        : base(message)
    {
        (Column, Value, Rule) = (string.Empty, string.Empty, message);
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RowRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        (Column, Value, Rule) = (string.Empty, string.Empty, message);
    }

    internal RowRejectedException(RejectedRow row, Exception? innerException = null)
        : base(row.Message, innerException)
    {
        (InputSource, Row, Column, Value, Rule) = (row.Source, row.Row, row.Column, row.Value, row.Rule);
    }

    /// <summary>Gets the file, table or shard of the row, or <see langword="null"/>.</summary>
    public string? InputSource { get; }

    /// <summary>Gets the row's number in its source, from 1 for the first data row.</summary>
    public long Row { get; }

    /// <summary>Gets the name of the column whose value breaks the rule.</summary>
    public string Column { get; }

    /// <summary>Gets the value as read, as text.</summary>
    public string Value { get; }

    /// <summary>Gets the rule the value breaks.</summary>
    public string Rule { get; }

    /// <summary>Gets the rejected row this exception describes.</summary>
    /// <returns>The row.</returns>
    public RejectedRow ToRejectedRow() => new(InputSource, Row, Column, Value, Rule);
}
