using System.CommandLine;
using System.Globalization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary>The options every command has (language, format, output) and those of commands that read data (files, calendar, CSV dialect, columns, PostgreSQL, explain).</summary>
internal sealed class CommonOptions
{
    /// <summary>The help text of <c>--format</c>, which says how CSV output is made safe.</summary>
    public const string FormatHelp =
        "text, markdown, html, json or csv. CSV output is safe to open in a spreadsheet: a text cell starting with =, +, - or @ gets a leading apostrophe (a plain number such as -3 stays a number).";

    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "Input files: .csv, .tsv, .parquet, .xlsx, .jsonl (case rows), or a tally of the interchange schema (.csv); - reads standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Initializes the options; a file name that starts with "-" (other than "-" itself) is an unknown option.</summary>
    public CommonOptions()
    {
        Files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-")
                {
                    result.AddError($"Unknown option '{token.Value}'.");
                }
            }
        });
    }

    public Option<string> Lang { get; } = new Option<string>("--lang") { Description = "Language of the output: en or vi.", DefaultValueFactory = _ => "en" }.AcceptOnlyFromAmong("en", "vi");

    public Option<string> Format { get; } = new Option<string>("--format") { Description = FormatHelp, DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "markdown", "html", "json", "csv");

    public Option<string?> Out { get; } = new("--out") { Description = "Write the result to FILE (through a temporary file, moved into place on success) instead of standard output." };

    public Option<string> Calendar { get; } = new("--calendar") { Description = "Reporting calendar: vn (months end on the 14th), gregorian, or cutoff:N.", DefaultValueFactory = _ => "vn" };

    public Option<bool> Explain { get; } = new("--explain") { Description = "Show on standard error how each input is read: kind, encoding, separator, date format and which column is which field." };

    public Option<string?> Separator { get; } = new("--separator") { Description = "CSV separator (one character, or comma, semicolon, tab, pipe); detected when not given." };

    public Option<string?> Encoding { get; } = new("--encoding") { Description = "CSV encoding: utf-8 (with or without a byte order mark), utf-16 or latin-1; detected when not given." };

    public Option<string?> DateFormat { get; } = new Option<string?>("--date-format") { Description = "Date format of the CSV: yyyy-MM-dd or dd/MM/yyyy (both are read; detected when not given)." }.AcceptOnlyFromAmong("yyyy-MM-dd", "dd/MM/yyyy");

    public Option<string[]> Column { get; } = new("--column") { Description = "Map a field to a column: FIELD=NAME, FIELD one of " + string.Join(", ", ColumnMapper.Fields) + " (repeatable); found by name when not given.", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Source { get; } = new("--source") { Description = "A PostgreSQL source: postgres://user:password@host:port/database or an Npgsql connection string." };

    public Option<string> Table { get; } = new("--table") { Description = "The table or view of --source (schema.table allowed).", DefaultValueFactory = _ => "cases" };

    /// <summary>Adds the output options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddOutput(Command command)
    {
        command.Options.Add(Lang);
        command.Options.Add(Format);
        command.Options.Add(Out);
    }

    /// <summary>Adds the input options (and the files) to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddInput(Command command)
    {
        command.Arguments.Add(Files);
        command.Options.Add(Calendar);
        command.Options.Add(Explain);
        command.Options.Add(Separator);
        command.Options.Add(Encoding);
        command.Options.Add(DateFormat);
        command.Options.Add(Column);
        command.Options.Add(Source);
        command.Options.Add(Table);
    }

    public Language Language(ParseResult result) => result.GetValue(Lang) == "vi" ? Text.Language.Vietnamese : Text.Language.English;

    public OutputFormat OutputFormat(ParseResult result) => Enum.Parse<OutputFormat>(result.GetValue(Format) ?? "text", ignoreCase: true);

    public ReportingCalendar ReportingCalendar(ParseResult result) => PeriodText.Calendar(result.GetValue(Calendar) ?? "vn");

    public InputOptions InputOptions(ParseResult result, TallyOptions? tally = null) => new()
    {
        Separator = result.GetValue(Separator) is { } separator ? CsvDialect.ParseSeparator(separator) : null,
        Encoding = result.GetValue(Encoding),
        DateFormat = result.GetValue(DateFormat),
        Columns = ColumnMapper.Given(result.GetValue(Column) ?? []),
        Source = result.GetValue(Source),
        Table = result.GetValue(Table) ?? "cases",
        Explain = result.GetValue(Explain),
        Tally = tally ?? TallyOptions.Default,
    };

    /// <summary>Reads a date option given as yyyy-MM-dd or dd/MM/yyyy.</summary>
    /// <param name="option">The option's name.</param>
    /// <param name="text">Its value, or null.</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="UsageException">The value is not a date.</exception>
    public static DateOnly? Date(string option, string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option} must be a date, yyyy-MM-dd or dd/MM/yyyy; it was '{text}'.");
}
