using PublicSecurity.Stats.Comparisons;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class ProportionComparisonTests
{
    [Theory]
    [InlineData(-1, 10, 1, 10, "successes1", "successes of group 1 must not be negative", "-1")]
    [InlineData(1, 0, 1, 10, "trials1", "trials of group 1 must be positive", "0")]
    [InlineData(11, 10, 1, 10, "successes1", "must not exceed the trials of group 1 (10)", "11")]
    [InlineData(1, 10, -3, 10, "successes2", "successes of group 2 must not be negative", "-3")]
    [InlineData(1, 10, 1, -5, "trials2", "trials of group 2 must be positive", "-5")]
    [InlineData(1, 10, 12, 10, "successes2", "must not exceed the trials of group 2 (10)", "12")]
    public void Compare_BadCounts_ThrowNamingValueAndRule(long x1, long n1, long x2, long n2, string parameter, string rule, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(x1, n1, x2, n2));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Compare_BadConfidence_Throws(double confidence)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(1, 10, 2, 10, confidence));

        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains("strictly between 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ZeroColumnMargin_ChiSquareIsUndefinedAndFisherIsOne()
    {
        var c = ProportionComparison.Compare(0, 10, 0, 20);

        Assert.Null(c.ChiSquareStatistic);
        Assert.Null(c.ChiSquarePValue);
        Assert.Equal(1, c.FisherPValue);
        Assert.Null(c.RelativeChange);
    }

    [Fact]
    public void NewcombeInterval_ContainsTheDifferenceAndLiesInMinusOneToOne()
    {
        var c = ProportionComparison.Compare(56, 70, 48, 80);

        Assert.True(c.NewcombeInterval.Contains(c.Difference));
        Assert.InRange(c.NewcombeInterval.Lower, -1, 1);
        Assert.InRange(c.NewcombeInterval.Upper, -1, 1);
    }
}
