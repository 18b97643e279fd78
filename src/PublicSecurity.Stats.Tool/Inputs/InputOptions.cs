using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>How the inputs of one command are read: the CSV dialect when given, the column names, a database source, the data's coverage, and whether to explain the mapping.</summary>
internal sealed class InputOptions
{
    /// <summary>Gets the CSV separator given by <c>--separator</c>, or null to detect it.</summary>
    public char? Separator { get; init; }

    /// <summary>Gets the encoding given by <c>--encoding</c> (utf-8, utf-16, latin-1), or null to detect it.</summary>
    public string? Encoding { get; init; }

    /// <summary>Gets the date format given by <c>--date-format</c> (yyyy-MM-dd or dd/MM/yyyy), or null to detect it.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Gets the column names given by <c>--column FIELD=NAME</c>.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the PostgreSQL source (<c>postgres://…</c> or a connection string), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the table (or view) of the PostgreSQL source.</summary>
    public string Table { get; init; } = "cases";

    /// <summary>Gets the tally options (the data's coverage).</summary>
    public TallyOptions Tally { get; init; } = TallyOptions.Default;

    /// <summary>Gets whether <c>--explain</c> was given.</summary>
    public bool Explain { get; init; }
}
