namespace PublicSecurity.Stats.Tool;

/// <summary>The exit codes of psstats.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A bad command line: an unknown option, a bad value, a period the data cannot answer.</summary>
    public const int Usage = 2;

    /// <summary>Bad data: a row breaks a rule (the first rejected rows are printed with row, column, value and rule).</summary>
    public const int BadData = 3;

    /// <summary>A file or engine error: a missing file, an unreadable file, a database or DuckDB error.</summary>
    public const int FileOrEngine = 4;

    /// <summary>Cancelled by Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}

/// <summary>A bad command line found after parsing (a period that does not parse, a column mapping that names no field); exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Input that breaks the library's rules; exit code 3. Carries the first rejected rows, if any.</summary>
internal sealed class BadDataException : Exception
{
    public BadDataException()
    {
        Rows = [];
    }

    public BadDataException(string message)
        : base(message)
    {
        Rows = [];
    }

    public BadDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rows = [];
    }

    public BadDataException(string message, IReadOnlyList<string> rows, long count)
        : base(message)
    {
        (Rows, Count) = (rows, count);
    }

    /// <summary>Gets the first rejected rows (or lines), each a sentence naming the row, the column, the value and the rule.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Gets the number of rejected rows.</summary>
    public long Count { get; }
}
