using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PublicSecurity.Stats.Tests.Docs;

/// <summary>Tests that change the process's working directory run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialWorkingDirectory
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Working directory";
}

/// <summary>
/// README.md's C# as <c>eng/readme-check.cs</c> generates it for CI, compiled here with Roslyn against the library and
/// run in-process, so that <c>dotnet test</c> also catches a README that no longer compiles or prints what it promises.
/// </summary>
[Collection(SerialWorkingDirectory.Name)]
public sealed class ReadmeCheckTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(
        typeof(ReadmeCheckTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!, "..", ".."));

    [Fact]
    public void Readme_CompiledAndRun_PrintsEveryPromisedValue()
    {
        var readme = Path.Combine(RepositoryRoot, "README.md");

        var (promises, failures) = CompileAndRun(File.ReadAllLines(readme), readme);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(promises >= 10, $"README.md promises only {promises} printed values; the check found fewer than the README has.");
    }

    [Fact]
    public void Check_TwoBlocksDeclaringOneName_FailsWithTheReadmeLine()
    {
        string[] readme = ["```csharp", "var may = 5;", "```", "text", "```csharp", "var may = 6;", "```"];

        var errors = Compile(readme, "/docs/README.md", out _);

        var error = Assert.Single(errors);
        Assert.Equal("CS0128", error.Id);
        Assert.Equal(5, error.Location.GetMappedLineSpan().StartLinePosition.Line); // README line 6, 0-based
        Assert.Equal("/docs/README.md", error.Location.GetMappedLineSpan().Path);
    }

    [Fact]
    public void Check_PromiseThatTheCodeDoesNotPrint_IsReportedWithBothTexts()
    {
        string[] readme =
        [
            "<!-- readme-check", "var given = 40;", "-->",
            "```csharp", "Console.WriteLine(given + 2); // 43", "Console.WriteLine(\"first line\\nsecond\");", "// first …", "// second", "```",
            "```csharp notebook", "#r \"nuget: Not.Compiled\"", "```",
        ];

        var (promises, failures) = CompileAndRun(readme, "/docs/README.md");

        Assert.Equal(2, promises);
        var failure = Assert.Single(failures);
        Assert.Contains("README.md(5)", failure, StringComparison.Ordinal);
        Assert.Contains("43", failure, StringComparison.Ordinal);
        Assert.Contains("42", failure, StringComparison.Ordinal);
    }

    private static (int Promises, IReadOnlyList<string> Failures) CompileAndRun(string[] readme, string path)
    {
        var errors = Compile(readme, path, out var image);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var assembly = Assembly.Load(image!);
        var previous = Environment.CurrentDirectory;
        var work = Directory.CreateTempSubdirectory("readme-check-");
        Environment.CurrentDirectory = work.FullName; // the README writes and reads files (report.html, cases.jsonl)
        int exit;
        try
        {
            var main = assembly.EntryPoint!;
            exit = (int)main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            work.Delete(recursive: true);
        }

        var console = assembly.GetType("Console", throwOnError: true)!;
        var failures = (List<string>)console.GetField("Failures", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var promises = (int)console.GetField("_checked", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(failures.Count == 0 ? 0 : 1, exit);
        return (promises, failures);
    }

    /// <summary>Compiles the generated app as the SDK compiles a file-based app (implicit usings, nullable); returns the errors.</summary>
    private static List<Diagnostic> Compile(string[] readme, string path, out byte[]? image)
    {
        var app = ReadmeCheck.Generate(readme, path, "unused.csproj");
        // #: directives are read by `dotnet run`, not by the compiler; the library is referenced below instead.
        var source = string.Join('\n', app.Source.Split('\n').Where(line => !line.StartsWith("#:", StringComparison.Ordinal)));
        const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ReportingCalendar).Assembly.Location)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(file => MetadataReference.CreateFromFile(file));
        var compilation = CSharpCompilation.Create(
            "readme-" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(source, options, path: "readme.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        image = result.Success ? stream.ToArray() : null;
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }
}
