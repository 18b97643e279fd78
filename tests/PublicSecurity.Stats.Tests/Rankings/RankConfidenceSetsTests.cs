using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class RankConfidenceSetsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compute_WellSeparatedUnits_GetSingletonSets(bool stepDown)
    {
        double[] estimates = [10, 40, 20, 30, 0];
        double[] errors = [0.1, 0.2, 0.1, 0.3, 0.1];

        var sets = RankConfidenceSets.Compute(estimates, errors, higherIsBetter: true, seed: 1, stepDown: stepDown);

        int[] expected = [4, 1, 3, 2, 5];
        Assert.Equal(expected, sets.EstimatedRanks);
        Assert.Equal(expected.Select(r => (r, r)), sets.Marginal.Select(s => (s.Lower, s.Upper)));
        Assert.Equal(expected.Select(r => (r, r)), sets.Simultaneous.Select(s => (s.Lower, s.Upper)));
        Assert.All(Enumerable.Range(0, 5), j => Assert.Empty(sets.IndistinguishableFrom(j)));
        Assert.Equal([[1], [3], [2], [0], [4]], sets.Tiers.Select(t => t.ToArray()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compute_IdenticalUnits_GetTheFullRange(bool stepDown)
    {
        double[] estimates = [5, 5, 5, 5];
        double[] errors = [1, 1, 1, 1];

        var sets = RankConfidenceSets.Compute(estimates, errors, higherIsBetter: false, seed: 2, stepDown: stepDown);

        Assert.All(sets.Marginal, s => Assert.Equal((1, 4), (s.Lower, s.Upper)));
        Assert.All(sets.Simultaneous, s => Assert.Equal((1, 4), (s.Lower, s.Upper)));
        Assert.Equal([0, 2, 3], sets.IndistinguishableFrom(1));
        Assert.Single(sets.Tiers);
        Assert.Equal([0, 1, 2, 3], sets.Tiers[0]);
    }

    [Fact]
    public void Compute_ManyCases_SimultaneousContainsMarginalAndStepDownNarrows()
    {
        var random = new Random(2023);
        for (var trial = 0; trial < 40; trial++)
        {
            var n = random.Next(2, 25);
            var estimates = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 10).ToArray();
            var errors = Enumerable.Range(0, n).Select(_ => 0.05 + random.NextDouble()).ToArray();
            var level = random.Next(2) == 0 ? 0.9 : 0.95;

            var stepDown = RankConfidenceSets.Compute(estimates, errors, higherIsBetter: true, seed: trial, level: level, draws: 500);
            var singleStep = RankConfidenceSets.Compute(estimates, errors, higherIsBetter: true, seed: trial, level: level, draws: 500, stepDown: false);

            for (var j = 0; j < n; j++)
            {
                Assert.True(stepDown.Simultaneous[j].Contains(stepDown.Marginal[j]), $"trial {trial} unit {j}");
                Assert.True(singleStep.Simultaneous[j].Contains(singleStep.Marginal[j]), $"trial {trial} unit {j}");
                Assert.True(singleStep.Simultaneous[j].Contains(stepDown.Simultaneous[j]), $"trial {trial} unit {j}");
                Assert.True(singleStep.Marginal[j].Contains(stepDown.Marginal[j]), $"trial {trial} unit {j}");
                Assert.True(stepDown.Marginal[j].Contains(stepDown.EstimatedRanks[j]), $"trial {trial} unit {j}");
            }
        }
    }

    [Fact]
    public void Compute_TwoUnits_CriticalValueIsTheTwoSidedNormalQuantile()
    {
        // (Z1 − Z2)/σ12 is N(0, 1): the 95% quantile of its absolute value is 1.959964.
        var sets = RankConfidenceSets.Compute([0.0, 1.0], [0.3, 0.7], higherIsBetter: true, seed: 5, draws: 200_000);

        Assert.InRange(sets.SimultaneousCriticalValue, 1.94, 1.98);
    }

    [Fact]
    public void Compute_LowerIsBetter_MirrorsHigherIsBetterOnNegatedEstimates()
    {
        double[] estimates = [3.1, 2.0, 2.4, 5.0, 4.2, 2.2];
        double[] errors = [0.3, 0.2, 0.4, 0.5, 0.2, 0.6];

        var lower = RankConfidenceSets.Compute(estimates, errors, higherIsBetter: false, seed: 9);
        var negated = RankConfidenceSets.Compute(estimates.Select(x => -x).ToArray(), errors, higherIsBetter: true, seed: 9);

        Assert.Equal(negated.Marginal, lower.Marginal);
        Assert.Equal(negated.Simultaneous, lower.Simultaneous);
        Assert.Equal(1, lower.EstimatedRanks[1]);
    }

    [Fact]
    public void Compute_Chain_IsOneTierWhoseEndsAreDistinguished()
    {
        // A–B and B–C differ by about 2.1σ, below the simultaneous critical value; A–C by 4.2σ, above it.
        var sets = RankConfidenceSets.Compute([0.0, 1.5, 3.0], [0.5, 0.5, 0.5], higherIsBetter: true, seed: 12, draws: 5_000);

        Assert.True(sets.AreIndistinguishable(0, 1));
        Assert.True(sets.AreIndistinguishable(1, 2));
        Assert.False(sets.AreIndistinguishable(0, 2));
        Assert.True(sets.AreIndistinguishable(2, 2));
        Assert.Single(sets.Tiers);
        Assert.Equal([2, 1, 0], sets.Tiers[0]);
        Assert.Equal(new RankSet(), default);
        Assert.Equal("[1, 2]", sets.Simultaneous[2].ToString());
    }

    [Fact]
    public void Compute_SameSeed_IsDeterministic()
    {
        double[] estimates = [1.0, 1.2, 1.4, 1.9];
        double[] errors = [0.2, 0.2, 0.2, 0.2];

        var a = RankConfidenceSets.Compute(estimates, errors, true, seed: 77);
        var b = RankConfidenceSets.Compute(estimates, errors, true, seed: 77);

        Assert.Equal(a.SimultaneousCriticalValue, b.SimultaneousCriticalValue);
        Assert.Equal(a.Marginal, b.Marginal);
        Assert.Equal(a.ToString(), b.ToString());
    }

    [Fact]
    public void Compute_OneUnit_HasRankOne()
    {
        var sets = RankConfidenceSets.Compute([4.0], [1.0], true, seed: 1);

        Assert.Equal((1, 1), (sets.Simultaneous[0].Lower, sets.Simultaneous[0].Upper));
        Assert.True(double.IsNaN(sets.SimultaneousCriticalValue));
    }

    [Fact]
    public void Compute_MismatchedLengths_ThrowsNamingStandardErrors()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankConfidenceSets.Compute([1.0, 2.0], [1.0], true, seed: 1));

        Assert.Equal("standardErrors", ex.ParamName);
        Assert.Contains("same length as the estimates (2); it was 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoEstimates_ThrowsNamingEstimates()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankConfidenceSets.Compute([], [], true, seed: 1));

        Assert.Equal("estimates", ex.ParamName);
        Assert.Contains("at least one estimate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NaNEstimate_ThrowsNamingEstimates()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankConfidenceSets.Compute([1.0, double.NaN], [1.0, 1.0], true, seed: 1));

        Assert.Equal("estimates", ex.ParamName);
        Assert.Contains("must be finite; estimate 1 was NaN", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Compute_NonPositiveStandardError_ThrowsNamingIt(double error, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankConfidenceSets.Compute([1.0, 2.0], [1.0, error], true, seed: 1));

        Assert.Equal("standardErrors", ex.ParamName);
        Assert.Contains($"positive and finite; standard error 1 was {shown}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Compute_LevelOutsideZeroOne_ThrowsNamingLevel(double level)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankConfidenceSets.Compute([1.0, 2.0], [1.0, 1.0], true, seed: 1, level: level));

        Assert.Equal("level", ex.ParamName);
        Assert.Contains("must be in (0, 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NonPositiveDraws_ThrowsNamingDraws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankConfidenceSets.Compute([1.0, 2.0], [1.0, 1.0], true, seed: 1, draws: -5));

        Assert.Equal("draws", ex.ParamName);
        Assert.Contains("it was -5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AreIndistinguishable_IndexOutOfRange_ThrowsNamingIndex()
    {
        var sets = RankConfidenceSets.Compute([1.0, 2.0], [1.0, 1.0], true, seed: 1);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sets.AreIndistinguishable(0, 2));

        Assert.Equal("second", ex.ParamName);
        Assert.Contains("in [0, 2); it was 2", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => sets.IndistinguishableFrom(-1));
    }
}
