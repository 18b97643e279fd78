using System.CommandLine;
using System.Data.Common;
using System.Text.Json;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tool.Commands;

namespace PublicSecurity.Stats.Tool;

/// <summary>
/// The psstats command line: <c>tally</c>, <c>compare</c>, <c>rank</c>, <c>check</c> and <c>report</c>, run with
/// explicit streams and a cancellation token so that tests run it in-process. Exit codes: 0 ok, 2 usage, 3 bad data,
/// 4 file or engine error, 130 cancelled.
/// </summary>
internal static class Psstats
{
    /// <summary>Runs psstats.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Standard input, output and error, and whether standard error is a terminal.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, ToolConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("psstats: criminal-case counts, comparisons, rankings and published claims checked against counts, with PublicSecurity.Stats.\n\nExample:\n  psstats tally cases.csv --period 2023-10M")
        {
            TallyCommand.Create(console),
            CompareCommand.Create(console),
            RankCommand.Create(console),
            CheckCommand.Create(console),
            ReportCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"psstats: {error.Message}").ConfigureAwait(false);
            }

            var command = parsed.CommandResult.Command;
            var name = command == root ? "psstats" : "psstats " + command.Name;
            await console.Error.WriteLineAsync($"Run '{name} --help' for the options and an example.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("psstats: cancelled; no output was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (UsageException e)
        {
            return await Fail(console, ExitCodes.Usage, e.Message).ConfigureAwait(false);
        }
        catch (BadDataException e)
        {
            await console.Error.WriteLineAsync($"psstats: bad data: {e.Message}").ConfigureAwait(false);
            if (e.Rows.Count > 0)
            {
                await console.Error.WriteLineAsync(e.Count > e.Rows.Count ? $"The first {e.Rows.Count} of {e.Count} rejected:" : "Rejected:").ConfigureAwait(false);
                foreach (var row in e.Rows)
                {
                    await console.Error.WriteLineAsync("  " + row).ConfigureAwait(false);
                }
            }

            return ExitCodes.BadData;
        }
        catch (RowRejectedException e)
        {
            return await Fail(console, ExitCodes.BadData, "bad data: " + e.Message).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return await Fail(console, ExitCodes.BadData, "bad data: " + e.Message).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException)
        {
            return await Fail(console, ExitCodes.FileOrEngine, e.Message).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // The library refuses an input it cannot read (a missing column, a province edition mismatch).
            return await Fail(console, ExitCodes.BadData, "bad data: " + e.Message).ConfigureAwait(false);
        }
    }

    private static async Task<int> Fail(ToolConsole console, int code, string message)
    {
        await console.Error.WriteLineAsync("psstats: " + message).ConfigureAwait(false);
        return code;
    }
}
