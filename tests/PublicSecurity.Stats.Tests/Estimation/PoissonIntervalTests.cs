using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class PoissonIntervalTests
{
    [Fact]
    public void Exact_ZeroCount_IsZeroToMinusLogHalfAlpha()
    {
        var interval = PoissonInterval.Exact(0, 0.9);

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(-Math.Log(0.05), interval.Upper, 1e-14);
    }

    [Fact]
    public void Exact_DefaultLevel_Is95Percent() =>
        Assert.Equal(PoissonInterval.Exact(12, 0.95), PoissonInterval.Exact(12));

    [Fact]
    public void ExactRate_DividesTheMeanIntervalByTheExposure()
    {
        var mean = PoissonInterval.Exact(46, 0.95);
        var rate = PoissonInterval.ExactRate(46, 90.0);

        Assert.Equal(mean.Lower / 90.0, rate.Lower);
        Assert.Equal(mean.Upper / 90.0, rate.Upper);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void ExactRate_BadExposure_ThrowsNamingRuleAndValue(double exposure, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.ExactRate(3, exposure));

        Assert.Equal("exposure", ex.ParamName);
        Assert.Contains($"The exposure must be positive and finite; it was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_NegativeCount_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(-2));

        Assert.Equal("count", ex.ParamName);
        Assert.Contains("The count must not be negative; it was -2.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    public void Exact_BadConfidence_ThrowsNamingRuleAndValue(double confidence, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(5, confidence));

        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains($"The confidence level must be strictly between 0 and 1; it was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5000)]
    public void Exact_Batch_EqualsSingleCallsExactly(int length)
    {
        // Long batches memoise per distinct count; short ones do not: both must agree with the single call.
        var counts = new long[length];
        for (var i = 0; i < length; i++)
        {
            counts[i] = (i * 7919L) % 3001;
        }

        counts[0] = 0;
        var lower = new double[length];
        var upper = new double[length];

        PoissonInterval.Exact(counts, 0.999, lower, upper);

        for (var i = 0; i < length; i++)
        {
            var single = PoissonInterval.Exact(counts[i], 0.999);
            Assert.Equal(single.Lower, lower[i]);
            Assert.Equal(single.Upper, upper[i]);
        }
    }

    [Fact]
    public void Exact_BatchOfSparseLargeCounts_EqualsSingleCalls()
    {
        long[] counts = [2_000_000_000, 0, 7, 1_000_000_000_000];
        var lower = new double[4];
        var upper = new double[4];

        PoissonInterval.Exact(counts, 0.8, lower, upper);

        for (var i = 0; i < counts.Length; i++)
        {
            Assert.Equal(PoissonInterval.Exact(counts[i], 0.8), Interval.Create(lower[i], upper[i]));
        }
    }

    [Fact]
    public void Exact_BatchLengthMismatch_ThrowsNamingSpansAndLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonInterval.Exact([1, 2, 3], 0.95, new double[3], new double[2]));

        Assert.Equal("counts", ex.ParamName);
        Assert.Contains("counts, lower and upper must have the same length; they were 3, 3 and 2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_BatchNegativeElement_ThrowsNamingIndexAndLeavesOutputUntouched()
    {
        var lower = new double[] { 9, 9 };
        var upper = new double[] { 9, 9 };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact([4, -1], 0.95, lower, upper));

        Assert.Equal("count", ex.ParamName);
        Assert.Contains("The count must not be negative; counts[1] was -1.", ex.Message, StringComparison.Ordinal);
        Assert.Equal([9.0, 9.0], lower);
        Assert.Equal([9.0, 9.0], upper);
    }

    [Fact]
    public void Exact_BatchBadConfidence_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact([4], 1.5, new double[1], new double[1]));

        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Exact_CountIntMaxValue_IsFiniteAndBracketsTheCount()
    {
        var interval = PoissonInterval.Exact(int.MaxValue, 0.999);

        Assert.True(interval.Lower < int.MaxValue && interval.Upper > int.MaxValue);
        Assert.InRange(interval.Width, 6.0 * Math.Sqrt(int.MaxValue), 7.0 * Math.Sqrt(int.MaxValue));
    }
}
