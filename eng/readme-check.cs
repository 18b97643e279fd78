// Makes README.md's C# code checked: writes one .NET 10 file-based app from the README, which eng/readme-check.sh
// (and so .ci/run) compiles and runs. The convention, also in CONTRIBUTING.md ("README code"):
//
//   1. Every fenced block whose info string is exactly `csharp` is compiled, in README order, as one file: the
//      blocks must compile together (no name declared twice). Any other info string is not compiled (a notebook
//      cell with `#r` is ```csharp notebook; shell commands are ```sh).
//   2. What a snippet takes as given (the reader's own records, arrays, a file) is set up in an HTML comment just
//      before the block, invisible on GitHub and compiled in place:
//          <!-- readme-check
//          var cases = ...;
//          -->
//   3. A value the README promises is written as what a Console.WriteLine line prints: `Console.WriteLine(x); //
//      text` promises that the line printed is `text`; a WriteLine with no comment of its own, followed by comment
//      lines, promises one printed line per comment line. In a promise, `…` stands for any text (a promise ending
//      with `…` gives the start of what is printed). Every other comment is prose and shows no value.
//
// Compiler errors point at README.md's own lines (#line). The app prints each promise it checked and exits 1 when
// one printed something else. Usage: dotnet run eng/readme-check.cs -- README.md artifacts/readme-check/readme.cs
#if !README_CHECK_LIBRARY
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: dotnet run eng/readme-check.cs -- <README.md> <output .cs>");
    return 2;
}
var readmePath = Path.GetFullPath(args[0]);
var outputPath = Path.GetFullPath(args[1]);
var project = Path.Combine(Path.GetDirectoryName(readmePath)!, "src", "PublicSecurity.Stats", "PublicSecurity.Stats.csproj");
var app = ReadmeCheck.Generate(File.ReadAllLines(readmePath), readmePath, Path.GetRelativePath(Path.GetDirectoryName(outputPath)!, project));
Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
File.WriteAllText(outputPath, app.Source);
Console.WriteLine($"{args[0]}: {app.Blocks} C# blocks, {app.SetupSections} set-up comments, {app.Promises} printed values promised -> {args[1]}");
return 0;
#endif

/// <summary>The README's C# as one file-based app whose <c>Console</c> records what each promise printed.</summary>
internal static class ReadmeCheck
{
    private const string SetupStart = "<!-- readme-check";
    private const string SetupEnd = "-->";

    /// <summary>The generated app and what it holds.</summary>
    internal sealed record App(string Source, int Blocks, int SetupSections, int Promises);

    /// <summary>Generates the app from the README's lines; <paramref name="projectReference"/> is the library's project relative to the app.</summary>
    internal static App Generate(IReadOnlyList<string> readme, string readmePath, string projectReference)
    {
        var code = new System.Text.StringBuilder();
        code.Append("// Generated from ").Append(readmePath).Append(" by eng/readme-check.cs: edit the README, not this file.\n");
        code.Append("#:project ").Append(projectReference.Replace('\\', '/')).Append('\n');
        var file = readmePath.Replace("\\", "\\\\", StringComparison.Ordinal);
        int blocks = 0, setups = 0, promises = 0;
        for (var i = 0; i < readme.Count; i++)
        {
            var line = readme[i].Trim();
            int first, end;
            if (line == SetupStart)
            {
                first = i + 1;
                end = FindEnd(readme, first, l => l.Trim() == SetupEnd, readmePath, i);
                setups++;
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && line.Length > 3)
            {
                first = i + 1;
                end = FindEnd(readme, first, l => l.Trim() == "```", readmePath, i);
                if (line[3..].Trim() != "csharp")
                {
                    i = end;
                    continue;
                }
                blocks++;
            }
            else
            {
                continue;
            }
            promises += AppendSection(code, readme, first, end, file);
            i = end;
        }
        code.Append("#line hidden\nreturn Console.Report(\"").Append(file).Append("\");\n").Append(ConsoleClass);
        return new App(code.ToString(), blocks, setups, promises);
    }

    private static int FindEnd(IReadOnlyList<string> readme, int from, Func<string, bool> isEnd, string readmePath, int opened)
    {
        for (var j = from; j < readme.Count; j++)
        {
            if (isEnd(readme[j]))
            {
                return j;
            }
        }
        throw new InvalidOperationException($"{readmePath}({opened + 1}): the block opened here is never closed.");
    }

    /// <summary>Copies lines [first, end) under #line, wrapping each promise; returns the number of promises.</summary>
    private static int AppendSection(System.Text.StringBuilder code, IReadOnlyList<string> readme, int first, int end, string file)
    {
        var promises = 0;
        code.Append("#line ").Append(first + 1).Append(" \"").Append(file).Append("\"\n");
        for (var j = first; j < end; j++)
        {
            var expected = Promise(readme, j, end, out var last);
            if (expected is null)
            {
                code.Append(readme[j]).Append('\n');
                continue;
            }
            promises++;
            code.Append("#line hidden\nConsole.Promise();\n#line ").Append(j + 1).Append(" \"").Append(file).Append("\"\n");
            for (var k = j; k <= last; k++)
            {
                code.Append(readme[k]).Append('\n');
            }
            code.Append("#line hidden\nConsole.Expect(").Append(Literal(expected)).Append(", ").Append(j + 1).Append(");\n");
            code.Append("#line ").Append(last + 2).Append(" \"").Append(file).Append("\"\n");
            j = last;
        }
        return promises;
    }

    /// <summary>The text a Console.WriteLine line at <paramref name="at"/> promises, or null; <paramref name="last"/> is its last line.</summary>
    private static string? Promise(IReadOnlyList<string> readme, int at, int end, out int last)
    {
        last = at;
        var line = readme[at];
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
        {
            return null;
        }
        var comment = line.LastIndexOf("); //", StringComparison.Ordinal);
        var gap = comment < 0 ? System.Text.RegularExpressions.Regex.Match(line, @"\);\s+//") : null;
        if (comment >= 0 || gap is { Success: true })
        {
            var start = comment >= 0 ? comment + 5 : gap!.Index + gap.Length;
            return line[start..].Trim();
        }
        var lines = new List<string>();
        while (last + 1 < end && readme[last + 1].TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            last++;
            lines.Add(readme[last].TrimStart()[2..].Trim());
        }
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The app's own <c>Console</c>: a type in the global namespace is found before <c>System.Console</c>, so the
    /// README's <c>Console.WriteLine</c> lines compile verbatim and print through it.
    /// </summary>
    private const string ConsoleClass = """

        /// <summary>Prints as System.Console does and keeps what was printed since the last promise began.</summary>
        internal static class Console
        {
            private static readonly System.Text.StringBuilder Printed = new();
            private static readonly List<string> Failures = [];
            private static int _checked;

            public static void WriteLine() => Write(System.Environment.NewLine);

            public static void WriteLine(string? value) => Write(value + System.Environment.NewLine);

            public static void WriteLine(object? value)
            {
                using var text = new StringWriter();
                text.WriteLine(value);
                Write(text.ToString());
            }

            public static void WriteLine(string format, params object?[] args) => WriteLine(string.Format(format, args));

            public static void Write(string? value)
            {
                Printed.Append(value);
                System.Console.Write(value);
            }

            public static void Promise() => Printed.Clear();

            public static void Expect(string promised, int line)
            {
                _checked++;
                var printed = Printed.ToString().ReplaceLineEndings("\n").TrimEnd('\n');
                if (!Matches(printed, promised))
                {
                    Failures.Add($"README.md({line}): the comment promises\n    {promised.Replace("\n", "\n    ")}\n  but the line printed\n    {printed.Replace("\n", "\n    ")}");
                }
            }

            /// <summary>`…` in a promise stands for any text; the rest must match in order, the ends anchored.</summary>
            private static bool Matches(string printed, string promised)
            {
                var parts = promised.Split('…');
                if (parts.Length == 1)
                {
                    return printed == promised;
                }
                if (!printed.StartsWith(parts[0], StringComparison.Ordinal) || !printed.EndsWith(parts[^1], StringComparison.Ordinal)
                    || printed.Length < parts[0].Length + parts[^1].Length)
                {
                    return false;
                }
                var at = parts[0].Length;
                for (var i = 1; i < parts.Length - 1; i++)
                {
                    var found = printed.IndexOf(parts[i], at, StringComparison.Ordinal);
                    if (found < 0)
                    {
                        return false;
                    }
                    at = found + parts[i].Length;
                }
                return at <= printed.Length - parts[^1].Length;
            }

            public static int Report(string readme)
            {
                foreach (var failure in Failures)
                {
                    System.Console.Error.WriteLine(failure);
                }
                System.Console.WriteLine($"{readme}: {_checked} promised values checked, {Failures.Count} differ");
                return Failures.Count == 0 ? 0 : 1;
            }
        }
        """;
}
