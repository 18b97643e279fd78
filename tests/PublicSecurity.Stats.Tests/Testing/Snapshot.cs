using System.Reflection;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>
/// Snapshot assertions for rendered output: <c>&lt;Class&gt;.&lt;Method&gt;[_&lt;args&gt;].verified.&lt;ext&gt;</c>,
/// committed in the test class's folder (its namespace below <c>PublicSecurity.Stats.Tests</c>).
/// </summary>
/// <remarks>
/// The project folder comes from the <c>ProjectDirectory</c> assembly metadata written at build time, never from
/// <c>CallerFilePath</c> (CI maps source paths to <c>/_/</c>). The test class and method come from xunit's
/// <see cref="TestContext"/>. Set <c>SNAPSHOT_ACCEPT=1</c> to accept new or changed output.
/// </remarks>
public static class Snapshot
{
    // The test assembly's name is its root namespace: PublicSecurity.Stats.Tests here, PublicSecurity.Stats.Tool.Tests
    // for the tool's tests, which link this file.
    private static readonly string RootNamespace = typeof(Snapshot).Assembly.GetName().Name!;

    /// <summary>Gets the test project's source folder.</summary>
    public static string ProjectDirectory { get; } =
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "ProjectDirectory")?.Value
        ?? throw new InvalidOperationException("The test assembly has no ProjectDirectory metadata; see the .csproj.");

    /// <summary>Gets whether <c>SNAPSHOT_ACCEPT=1</c> is set.</summary>
    public static bool AcceptChanges =>
        string.Equals(Environment.GetEnvironmentVariable("SNAPSHOT_ACCEPT"), "1", StringComparison.Ordinal);

    /// <summary>Verifies <paramref name="actual"/> against the current test's snapshot.</summary>
    /// <param name="actual">The rendered text.</param>
    /// <param name="extension">The file extension without a dot: txt, json, md, html, svg.</param>
    /// <param name="parameters">For a theory, what distinguishes this case (appended after an underscore).</param>
    public static void Verify(string actual, string extension, string? parameters = null)
    {
        var test = TestContext.Current.Test ?? throw new InvalidOperationException("Snapshot.Verify must run inside a test.");
        var type = (test.TestCase.TestMethod?.TestClass as Xunit.v3.IXunitTestClass)?.Class
            ?? throw new InvalidOperationException("The current test has no test class.");
        var method = test.TestCase.TestMethod!.MethodName;
        Verify(type, method, actual, extension, parameters);
    }

    /// <summary>Verifies <paramref name="actual"/> against the snapshot of an explicit class and method.</summary>
    public static void Verify(Type testClass, string method, string actual, string extension, string? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        var name = parameters is null ? $"{testClass.Name}.{method}" : $"{testClass.Name}.{method}_{Sanitize(parameters)}";
        new SnapshotStore(DirectoryFor(testClass), AcceptChanges).Verify(name, extension, actual);
    }

    /// <summary>Gets the folder of a test class: the project folder plus its namespace below the root namespace.</summary>
    public static string DirectoryFor(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        var ns = testClass.Namespace ?? RootNamespace;
        var relative = ns.Length > RootNamespace.Length && ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
            ? ns[(RootNamespace.Length + 1)..].Replace('.', Path.DirectorySeparatorChar)
            : string.Empty;
        return Path.Combine(ProjectDirectory, relative);
    }

    private static string Sanitize(string parameters)
    {
        var chars = parameters.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(chars[i]) || chars[i] is '-' or '.'))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
