using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>
/// Verified-file snapshots in one folder: <c>Name.verified.ext</c> is committed; a mismatch writes
/// <c>Name.received.ext</c> (git-ignored) and fails with a line diff in which whitespace counts.
/// </summary>
public sealed class SnapshotStore
{
    private const int Context = 3;

    public SnapshotStore(string directory, bool accept)
    {
        Directory = directory;
        Accept = accept;
    }

    public string Directory { get; }

    /// <summary>Gets whether a mismatch or a missing snapshot is accepted (written as verified) instead of failing.</summary>
    public bool Accept { get; }

    public string VerifiedPath(string name, string extension) => Path.Combine(Directory, $"{name}.verified.{extension}");

    public string ReceivedPath(string name, string extension) => Path.Combine(Directory, $"{name}.received.{extension}");

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot; throws <see cref="XunitException"/> on a mismatch.</summary>
    public void Verify(string name, string extension, string actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentNullException.ThrowIfNull(actual);

        var verified = VerifiedPath(name, extension);
        var received = ReceivedPath(name, extension);
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;

        if (expected is not null && string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        if (Accept)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            throw new XunitException(
                $"No verified snapshot {verified}.{Environment.NewLine}The output was written to {received}: review it and rename it to .verified., or run the tests with SNAPSHOT_ACCEPT=1.");
        }

        throw new XunitException(
            $"Snapshot mismatch: {verified}{Environment.NewLine}The output was written to {received}.{Environment.NewLine}"
            + $"Lines: - verified, + received (¶ marks a line end, · a space, → a tab){Environment.NewLine}{Diff(expected, actual)}");
    }

    /// <summary>A line diff with a few lines of context, whitespace made visible on changed lines.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false, ignoreCase: false);
        var lines = model.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var sb = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                sb.Append("  …").Append('\n');
                skipped = false;
            }

            var line = lines[i];
            _ = line.Type switch
            {
                ChangeType.Inserted => sb.Append("+ ").Append(Visible(line.Text)),
                ChangeType.Deleted => sb.Append("- ").Append(Visible(line.Text)),
                _ => sb.Append("  ").Append(line.Text),
            };
            sb.Append('\n');
        }

        if (!string.Equals(Ending(expected), Ending(actual), StringComparison.Ordinal))
        {
            sb.Append("(the final line ends differ: verified ends with ")
              .Append(Ending(expected)).Append(", received with ").Append(Ending(actual)).Append(')');
        }

        return sb.ToString();
    }

    private static string Visible(string text) => text.Replace(' ', '·').Replace('\t', '→').Replace('\r', '␍') + "¶";

    private static string Ending(string text) => text.EndsWith("\r\n", StringComparison.Ordinal) ? "CRLF"
        : text.EndsWith('\n') ? "LF"
        : "no newline";
}
