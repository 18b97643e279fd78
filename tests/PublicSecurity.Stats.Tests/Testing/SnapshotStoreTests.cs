using Xunit.Sdk;

namespace PublicSecurity.Stats.Tests.Testing;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Verify_SameText_PassesAndLeavesNoReceivedFile()
    {
        var store = new SnapshotStore(dir, accept: false);
        Directory.CreateDirectory(dir);
        File.WriteAllText(store.VerifiedPath("A.B", "txt"), "line 1\nline 2\n");

        store.Verify("A.B", "txt", "line 1\nline 2\n");

        Assert.False(File.Exists(store.ReceivedPath("A.B", "txt")));
    }

    [Fact]
    public void Verify_MissingSnapshot_FailsAndWritesReceived()
    {
        var store = new SnapshotStore(dir, accept: false);

        var ex = Assert.Throws<XunitException>(() => store.Verify("A.Missing", "md", "# title\n"));

        Assert.Contains("No verified snapshot", ex.Message, StringComparison.Ordinal);
        Assert.Equal("# title\n", File.ReadAllText(store.ReceivedPath("A.Missing", "md")));
        Assert.False(File.Exists(store.VerifiedPath("A.Missing", "md")));
    }

    [Fact]
    public void Verify_ChangedLine_FailsWithLineDiffAndWritesReceived()
    {
        var store = new SnapshotStore(dir, accept: false);
        Directory.CreateDirectory(dir);
        File.WriteAllText(store.VerifiedPath("A.Changed", "txt"), "a\nb\nc\n");

        var ex = Assert.Throws<XunitException>(() => store.Verify("A.Changed", "txt", "a\nB\nc\n"));

        Assert.Contains("- b¶", ex.Message, StringComparison.Ordinal);
        Assert.Contains("+ B¶", ex.Message, StringComparison.Ordinal);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(store.ReceivedPath("A.Changed", "txt")));
    }

    [Fact]
    public void Verify_WhitespaceOnlyDifference_Fails()
    {
        var store = new SnapshotStore(dir, accept: false);
        Directory.CreateDirectory(dir);
        File.WriteAllText(store.VerifiedPath("A.Space", "txt"), "x y\n");

        var ex = Assert.Throws<XunitException>(() => store.Verify("A.Space", "txt", "x  y\n"));

        Assert.Contains("+ x··y¶", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingFinalNewline_FailsAndSaysSo()
    {
        var store = new SnapshotStore(dir, accept: false);
        Directory.CreateDirectory(dir);
        File.WriteAllText(store.VerifiedPath("A.Eol", "txt"), "x\n");

        var ex = Assert.Throws<XunitException>(() => store.Verify("A.Eol", "txt", "x"));

        Assert.Contains("no newline", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AcceptMode_WritesVerifiedAndPasses()
    {
        var store = new SnapshotStore(dir, accept: true);
        Directory.CreateDirectory(dir);
        File.WriteAllText(store.ReceivedPath("A.New", "json"), "stale");

        store.Verify("A.New", "json", "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(store.VerifiedPath("A.New", "json")));
        Assert.False(File.Exists(store.ReceivedPath("A.New", "json")));
    }

    [Fact]
    public void Diff_DistantChanges_ShowsContextAndElision()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var actual = expected.Replace("line 2\n", "line two\n", StringComparison.Ordinal)
            .Replace("line 18", "line eighteen", StringComparison.Ordinal);

        var diff = SnapshotStore.Diff(expected, actual);

        Assert.Contains("- line·2¶", diff, StringComparison.Ordinal);
        Assert.Contains("+ line·eighteen¶", diff, StringComparison.Ordinal);
        Assert.Contains("  …", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("line 10", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryFor_TestClass_IsProjectFolderPlusNamespace()
    {
        var folder = Snapshot.DirectoryFor(typeof(SnapshotStoreTests));

        Assert.Equal(Path.Combine(Snapshot.ProjectDirectory, "Testing"), folder);
        Assert.True(File.Exists(Path.Combine(Snapshot.ProjectDirectory, "PublicSecurity.Stats.Tests.csproj")));
        Assert.True(File.Exists(Path.Combine(folder, "SnapshotStoreTests.cs")));
    }

    [Fact]
    public void Verify_CommittedSnapshot_MatchesThroughTestContext()
    {
        Snapshot.Verify("A committed snapshot: Bình Dương, 15/12/2022–14/10/2023.\n", "txt");
    }
}
