using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class TauSetTests
{
    private static readonly Arbitrary<(double[] X, double[] Se, long Seed)> Leagues =
        (from n in Gen.Choose(2, 12)
         from x in Gen.ArrayOf(Gen.Choose(0, 100).Select(v => (double)v), n)
         from se in Gen.ArrayOf(Gen.Choose(1, 30).Select(v => v / 2.0), n)
         from seed in Gen.Choose(0, 1000)
         select (x, se, (long)seed)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property AmongBest_ForTau_ContainsTheSetForTauMinusOne() => Prop.ForAll(Leagues, t =>
    {
        var sets = RankConfidenceSets.Compute(t.X, t.Se, higherIsBetter: true, t.Seed, draws: 300);
        return Enumerable.Range(2, t.X.Length - 1).All(tau =>
            sets.AmongBest(tau - 1).Members.All(sets.AmongBest(tau).Contains)
            && sets.AmongWorst(tau - 1).Members.All(sets.AmongWorst(tau).Contains));
    });

    [Property(MaxTest = 100)]
    public Property AmongBest_AlwaysHoldsTheEstimatedBestAndAllUnitsAtTauN() => Prop.ForAll(Leagues, t =>
    {
        var sets = RankConfidenceSets.Compute(t.X, t.Se, higherIsBetter: true, t.Seed, draws: 300);
        var best = Array.IndexOf(t.X, t.X.Max());
        return sets.AmongBest(1).Contains(best) && sets.AmongBest(t.X.Length).Members.Count == t.X.Length;
    });

    [Property(MaxTest = 50)]
    public Property ComputeWithCovariance_DiagonalMatrix_GivesTheSetsOfTheStandardErrors() => Prop.ForAll(Leagues, t =>
    {
        var n = t.X.Length;
        var covariance = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            covariance[(j * n) + j] = t.Se[j] * t.Se[j];
        }

        var a = RankConfidenceSets.Compute(t.X, t.Se, higherIsBetter: false, t.Seed, draws: 300);
        var b = RankConfidenceSets.ComputeWithCovariance(t.X, covariance, higherIsBetter: false, t.Seed, draws: 300);
        return a.Simultaneous.SequenceEqual(b.Simultaneous) && a.Marginal.SequenceEqual(b.Marginal);
    });

    [Fact]
    public void AmongBest_ClearLeaderAndTieBehind_HandChecked()
    {
        // 20 is 10 standard deviations of the difference (sqrt 2) above each 10: significantly best; the three tied 10s
        // are indistinguishable from each other and better than 5 by 5/sqrt 2 = 3.5 sd. Best 1: only the leader; best 2:
        // the leader and the three tied (none of them is significantly behind the other two).
        var sets = RankConfidenceSets.Compute([20, 10, 10, 10, 5], [1, 1, 1, 1, 1], higherIsBetter: true, seed: 1);

        Assert.Equal([0], sets.AmongBest(1).Members);
        Assert.Equal([0, 1, 2, 3], sets.AmongBest(2).Members);
        Assert.Equal([4], sets.AmongWorst(1).Members);
    }

    [Fact]
    public void AmongBest_BadTauOrUnit_Throws()
    {
        var sets = RankConfidenceSets.Compute([3, 2, 1], [1, 1, 1], higherIsBetter: true, seed: 1);

        Assert.Equal("tau", Assert.Throws<ArgumentOutOfRangeException>(() => sets.AmongBest(0)).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sets.AmongWorst(4));
        Assert.Contains("between 1 and the number of units (3); it was 4", ex.Message, StringComparison.Ordinal);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => sets.AmongBest(1).Contains(3)).ParamName);
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => sets.AmongBest(1).WithLabels(["a"])).ParamName);
    }

    [Fact]
    public void ComputeWithCovariance_BadMatrix_ThrowsNamingTheCovariance()
    {
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => RankConfidenceSets.ComputeWithCovariance([1, 2], [1, 0, 0], true, 1)).ParamName);
        var asymmetric = Assert.Throws<ArgumentException>(() => RankConfidenceSets.ComputeWithCovariance([1, 2], [1, 0.5, 0.4, 1], true, 1));
        Assert.Contains("finite and symmetric", asymmetric.Message, StringComparison.Ordinal);
        var singular = Assert.Throws<ArgumentException>(() => RankConfidenceSets.ComputeWithCovariance([1, 2], [1, 1, 1, 1], true, 1));
        Assert.Equal("covariance", singular.ParamName);
        Assert.Contains("positive definite", singular.Message, StringComparison.Ordinal);
        Assert.Equal("estimates", Assert.Throws<ArgumentException>(() => RankConfidenceSets.ComputeWithCovariance([], [], true, 1)).ParamName);
        Assert.Equal("draws", Assert.Throws<ArgumentOutOfRangeException>(() => RankConfidenceSets.ComputeWithCovariance([1, 2], [1, 0, 0, 1], true, 1, draws: 0)).ParamName);
    }

    private static TauSet Example(bool best)
    {
        // Level-2 e-ID accounts per 100 residents in five provinces (illustrative), higher is better.
        var sets = RankConfidenceSets.Compute([61.2, 58.9, 44.0, 43.1, 20.5], [1.5, 1.4, 2.0, 2.2, 3.0], higherIsBetter: true, seed: 20231114);
        var set = best ? sets.AmongBest(2) : sets.AmongWorst(1);
        return set.WithLabels(["Bình Dương", "Đồng Nai", "Tây Ninh", "Bình Phước", "Long An"]);
    }

    [Theory]
    [InlineData(true, "en")]
    [InlineData(true, "vi")]
    [InlineData(false, "en")]
    [InlineData(false, "vi")]
    public void Render_EveryFormat_MatchesSnapshot(bool best, string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var set = Example(best);
        var name = (best ? "best_" : "worst_") + lang;

        Snapshot.Verify(set.ToString(language), "txt", name);
        Snapshot.Verify(set.ToMarkdown(language), "md", name);
        Snapshot.Verify(set.ToHtml(language), "html", name);
    }

    [Fact]
    public void Json_TauBest_MatchesSnapshot()
    {
        Snapshot.Verify(StatsJson.Serialize(Example(best: true), indented: true), "json");
    }
}
