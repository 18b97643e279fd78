using System.Text;
using PublicSecurity.Stats.Tool;

// psstats: the command-line tool. Ctrl+C cancels the token (the process is not killed), so that the running command
// stops within a second, removes its temporary output and exits with 130.
Console.OutputEncoding = new UTF8Encoding(false);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var input = Console.OpenStandardInput();
var console = new ToolConsole(input, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
return await Psstats.RunAsync(args, console, cancel.Token).ConfigureAwait(false);
