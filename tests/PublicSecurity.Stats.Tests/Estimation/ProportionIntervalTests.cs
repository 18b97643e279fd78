using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class ProportionIntervalTests
{
    public static TheoryData<IntervalMethod> AllMethods => new(Enum.GetValues<IntervalMethod>());

    [Fact]
    public void Shortcuts_EachMethod_EqualCompute()
    {
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.Wilson), ProportionInterval.Wilson(17, 40, 0.9));
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.WilsonContinuityCorrected), ProportionInterval.WilsonContinuityCorrected(17, 40, 0.9));
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.ClopperPearson), ProportionInterval.ClopperPearson(17, 40, 0.9));
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.Jeffreys), ProportionInterval.Jeffreys(17, 40, 0.9));
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.AgrestiCoull), ProportionInterval.AgrestiCoull(17, 40, 0.9));
        Assert.Equal(ProportionInterval.Compute(17, 40, 0.9, IntervalMethod.Wald), ProportionInterval.Wald(17, 40, 0.9));
    }

    [Fact]
    public void Shortcuts_DefaultConfidence_Is95Percent()
    {
        Assert.Equal(ProportionInterval.Compute(3178, 3954, 0.95, IntervalMethod.Wilson), ProportionInterval.Wilson(3178, 3954));
        Assert.Equal(ProportionInterval.Compute(3178, 3954, 0.95, IntervalMethod.ClopperPearson), ProportionInterval.ClopperPearson(3178, 3954));
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void Compute_Batch_EqualsSingleCallsExactly(IntervalMethod method)
    {
        long[] successes = [0, 1, 5, 9, 10, 3178, 0, 999_999, 1_000_000, 17];
        long[] trials = [10, 10, 10, 10, 10, 3954, 1_000_000, 1_000_000, 1_000_000, 40];
        var lower = new double[successes.Length];
        var upper = new double[successes.Length];

        ProportionInterval.Compute(successes, trials, 0.99, method, lower, upper);

        for (var i = 0; i < successes.Length; i++)
        {
            var single = ProportionInterval.Compute(successes[i], trials[i], 0.99, method);
            Assert.Equal(single.Lower, lower[i]);
            Assert.Equal(single.Upper, upper[i]);
        }
    }

    [Fact]
    public void Compute_EmptyBatch_DoesNothing()
    {
        ProportionInterval.Compute([], [], 0.95, IntervalMethod.ClopperPearson, [], []);
    }

    [Fact]
    public void Compute_ZeroTrials_ThrowsNamingTrialsRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(0, 0, 0.95, IntervalMethod.Wilson));

        Assert.Equal("trials", ex.ParamName);
        Assert.Contains("The trials must be positive; it was 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NegativeSuccesses_ThrowsNamingSuccessesRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Wilson(-1, 10));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("The successes must not be negative; it was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SuccessesAboveTrials_ThrowsNamingBothCounts()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.ClopperPearson(12, 10));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("The successes must not exceed the trials (10); it was 12.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(95.0, "95")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Compute_ConfidenceOutsideOpenUnitInterval_ThrowsNamingRuleAndValue(double confidence, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(5, 10, confidence, IntervalMethod.Jeffreys));

        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains($"The confidence level must be strictly between 0 and 1; it was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UndefinedMethod_ThrowsNamingMethod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(5, 10, 0.95, (IntervalMethod)42));

        Assert.Equal("method", ex.ParamName);
        Assert.Contains("The method must be a defined IntervalMethod", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 42.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BatchLengthMismatch_ThrowsNamingSpansAndLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            ProportionInterval.Compute([1, 2], [10], 0.95, IntervalMethod.Wilson, new double[2], new double[2]));

        Assert.Equal("trials", ex.ParamName);
        Assert.Contains("successes, trials, lower and upper must have the same length; they were 2, 1, 2 and 2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BatchBadElement_ThrowsNamingIndexAndLeavesOutputUntouched()
    {
        var lower = new double[] { -7, -7, -7 };
        var upper = new double[] { -7, -7, -7 };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProportionInterval.Compute([1, 2, 30], [10, 10, 20], 0.95, IntervalMethod.Wilson, lower, upper));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("The successes must not exceed the trials (20); successes[2] was 30.", ex.Message, StringComparison.Ordinal);
        Assert.All(lower, v => Assert.Equal(-7, v));
        Assert.All(upper, v => Assert.Equal(-7, v));
    }

    [Fact]
    public void Compute_BatchZeroTrialsElement_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProportionInterval.Compute([0, 0], [5, 0], 0.95, IntervalMethod.Wald, new double[2], new double[2]));

        Assert.Equal("trials", ex.ParamName);
        Assert.Contains("The trials must be positive; trials[1] was 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BatchNegativeElement_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProportionInterval.Compute([-3], [5], 0.95, IntervalMethod.Wald, new double[1], new double[1]));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("The successes must not be negative; successes[0] was -3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BatchBadConfidence_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProportionInterval.Compute([1], [5], double.NaN, IntervalMethod.Wald, new double[1], new double[1]));

        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Compute_BatchUndefinedMethod_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ProportionInterval.Compute([1], [5], 0.95, (IntervalMethod)(-1), new double[1], new double[1]));

        Assert.Equal("method", ex.ParamName);
    }

    [Fact]
    public void ClopperPearson_BoundaryCounts_FollowRConventions()
    {
        Assert.Equal(0.0, ProportionInterval.ClopperPearson(0, 25).Lower);
        Assert.Equal(1.0, ProportionInterval.ClopperPearson(25, 25).Upper);
        Assert.Equal(0.0, ProportionInterval.Wilson(0, 25).Lower);
        Assert.Equal(1.0, ProportionInterval.Wilson(25, 25).Upper);
        Assert.True(ProportionInterval.Jeffreys(0, 25).Lower > 0.0);
        Assert.True(ProportionInterval.Jeffreys(25, 25).Upper < 1.0);
        Assert.Equal(Interval.Create(0, 0), ProportionInterval.Wald(0, 25));
        Assert.Equal(Interval.Create(1, 1), ProportionInterval.Wald(25, 25));
    }

    [Fact]
    public void ClopperPearson_ClosedFormAtXEquals1_MatchesToFullPrecision()
    {
        // At x = n the lower limit is (α/2)^(1/n), and at x = 0 the upper limit is 1 − (α/2)^(1/n).
        var n = 100L;
        var expectedLower = Math.Pow(0.025000000000000022, 1.0 / n);
        var interval = ProportionInterval.ClopperPearson(n, n);

        Assert.Equal(expectedLower, interval.Lower, 1e-15);
    }

    [Fact]
    public void Compute_HugeTrials_StaysFiniteAndOrdered()
    {
        foreach (var method in Enum.GetValues<IntervalMethod>())
        {
            var interval = ProportionInterval.Compute(123_456_789, 4_000_000_000, 0.999, method);

            Assert.InRange(interval.Lower, 0.0308, 0.0309);
            Assert.InRange(interval.Upper, 0.0308, 0.0309);
            Assert.True(interval.Lower < interval.Upper);
        }
    }
}
