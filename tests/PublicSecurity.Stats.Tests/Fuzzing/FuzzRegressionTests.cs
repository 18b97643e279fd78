using PublicSecurity.Stats.Fuzz;

namespace PublicSecurity.Stats.Tests.Fuzzing;

/// <summary>
/// Replays the afl-fuzz harness (fuzz/PublicSecurity.Stats.Fuzz/FuzzTargets.cs, compiled into this project) over its
/// seed corpus and over every input a fuzzing session found to crash or hang (fuzz/regressions): each must give a value
/// or the reader's documented exception, and the readers' overloads and round trips must agree.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fuzzing");

    /// <summary>The seed corpus and the regression inputs, by relative path.</summary>
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(Root, path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Run_EachInput_GivesAValueOrTheDocumentedException(string input)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, input));

        // A hang is a finding too: the input must finish within 10 s (afl-fuzz's limit is 5 s on an idle core).
        await Task.Run(() => FuzzTargets.Run(bytes), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Inputs_CoverEveryFamily()
    {
        var families = Directory.GetDirectories(Path.Combine(Root, "corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(FuzzTargets.Families.Order(StringComparer.Ordinal), families);
    }
}
