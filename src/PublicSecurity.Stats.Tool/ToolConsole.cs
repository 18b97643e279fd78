namespace PublicSecurity.Stats.Tool;

/// <summary>What a run of psstats reads and writes: standard input, output and error, and whether standard error is a terminal.</summary>
/// <remarks>Tests run the tool in-process with their own streams, a terminal flag and a shorter progress delay.</remarks>
internal sealed class ToolConsole
{
    /// <summary>Initializes the console of one run.</summary>
    /// <param name="input">Standard input (read by the file name <c>-</c>).</param>
    /// <param name="output">Standard output: the result, unless <c>--out</c> is given, and the help.</param>
    /// <param name="error">Standard error: diagnostics, <c>--explain</c> and progress.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
    public ToolConsole(Stream input, TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        (Input, Out, Error, ErrorIsTerminal) = (input, output, error, errorIsTerminal);
    }

    /// <summary>Gets standard input.</summary>
    public Stream Input { get; }

    /// <summary>Gets standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets whether standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Gets how long work runs before progress is shown (one second; tests use zero).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);
}
