using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class RanksTests
{
    [Fact]
    public void Compute_MismatchedLengths_ThrowsNamingRanksAndBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Ranks.Compute([1.0, 2.0, 3.0], new double[2], TieMethod.Min, RankOrder.Ascending, MissingValues.Keep, percent: false));

        Assert.Equal("ranks", ex.ParamName);
        Assert.Contains("same length as the values (3)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OverlappingSpans_ThrowsNamingRanks()
    {
        var buffer = new double[] { 3, 1, 2 };

        var ex = Assert.Throws<ArgumentException>(() =>
            Ranks.Compute(buffer, buffer, TieMethod.Min, RankOrder.Ascending, MissingValues.Keep, percent: false));

        Assert.Equal("ranks", ex.ParamName);
        Assert.Contains("must not overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UndefinedTieMethod_ThrowsNamingMethodAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Ranks.Compute([1.0], (TieMethod)9, RankOrder.Ascending, MissingValues.Keep, percent: false));

        Assert.Equal("method", ex.ParamName);
        Assert.Contains("must be Average, Min, Max, First or Dense; it was 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UndefinedOrder_ThrowsNamingOrderAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Ranks.Compute([1.0], new double[1], TieMethod.Min, (RankOrder)(-1), MissingValues.Keep, percent: false));

        Assert.Equal("order", ex.ParamName);
        Assert.Contains("must be Ascending or Descending; it was -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UndefinedMissingPolicy_ThrowsNamingMissingAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Ranks.Compute([1.0], TieMethod.Min, RankOrder.Ascending, (MissingValues)3, percent: false));

        Assert.Equal("missing", ex.ParamName);
        Assert.Contains("must be Keep, Top or Bottom; it was 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Empty_ReturnsEmpty()
    {
        Assert.Empty(Ranks.Compute([], TieMethod.Dense, RankOrder.Descending, MissingValues.Top, percent: true));
    }

    [Fact]
    public void Compute_NegativeZero_TiesZeroAndInfinitiesAreValues()
    {
        var ranks = Ranks.Compute([0.0, double.PositiveInfinity, -0.0, double.NegativeInfinity], TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);

        Assert.Equal([2.0, 1.0, 2.0, 4.0], ranks);
    }

    [Fact]
    public void Compute_FirstDescending_BreaksTiesByAppearance()
    {
        var ranks = Ranks.Compute([1.0, 2.0, 1.0, 2.0], TieMethod.First, RankOrder.Descending, MissingValues.Keep, percent: false);

        Assert.Equal([3.0, 1.0, 4.0, 2.0], ranks);
    }

    [Fact]
    public void Compute_SmallInput_AllocatesNothing()
    {
        var values = Enumerable.Range(0, 63).Select(i => (double)((i * 37) % 63)).ToArray();
        var ranks = new double[63];
        Ranks.Compute(values, ranks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Ranks.Compute(values, ranks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
