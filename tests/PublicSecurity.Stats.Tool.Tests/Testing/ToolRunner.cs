using System.Text;

namespace PublicSecurity.Stats.Tool.Tests.Testing;

/// <summary>What one in-process run of psstats gave: its exit code, standard output and standard error.</summary>
public sealed record ToolResult(int Exit, string Out, string Error);

/// <summary>Runs psstats in-process with its own standard streams, terminal flag and cancellation token.</summary>
public static class ToolRunner
{
    /// <summary>Runs psstats.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Standard input, or null for an empty one.</param>
    /// <param name="terminal">Whether standard error is a terminal.</param>
    /// <param name="progressDelay">How long work runs before progress is shown (one second by default).</param>
    /// <param name="cancellationToken">Stands for Ctrl+C.</param>
    /// <returns>The result.</returns>
    public static async Task<ToolResult> RunAsync(string[] args, Stream? input = null, bool terminal = false, TimeSpan? progressDelay = null, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new ToolConsole(input ?? new MemoryStream(), output, error, terminal) { ProgressDelay = progressDelay ?? TimeSpan.FromSeconds(1) };
        var exit = await Psstats.RunAsync(args, console, cancellationToken);
        return new ToolResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs psstats with text on standard input.</summary>
    /// <param name="input">The text, UTF-8.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static Task<ToolResult> RunWithInputAsync(string input, params string[] args) =>
        RunAsync(args, new MemoryStream(Encoding.UTF8.GetBytes(input)));
}
