using System.Text;

namespace PublicSecurity.Stats.Tool.Outputs;

/// <summary>Writes a command's result to standard output, or to <c>--out FILE</c> through a temporary file moved into place only on success, so that a cancelled or failed run leaves no partial file.</summary>
internal static class OutputFile
{
    /// <summary>Writes the result.</summary>
    /// <param name="console">The console.</param>
    /// <param name="path">The <c>--out</c> file, or null for standard output.</param>
    /// <param name="text">The result.</param>
    /// <param name="cancellationToken">Checked before the file is moved into place.</param>
    /// <returns>The task.</returns>
    public static async Task WriteAsync(ToolConsole console, string? path, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (path is null)
        {
            await console.Out.WriteAsync(text).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder of --out '{path}' does not exist.");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        await console.Error.WriteLineAsync($"psstats: wrote {path}.").ConfigureAwait(false);
    }
}
