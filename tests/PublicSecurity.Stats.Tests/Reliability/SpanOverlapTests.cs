using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Reliability;

/// <summary>
/// Issue 20, class 8: every public overload that writes into caller spans (ProportionInterval.Compute,
/// PoissonInterval.Exact, Ranks.Compute) refuses output spans that overlap each other or the inputs, before writing.
/// </summary>
public sealed class SpanOverlapTests
{
    private const int Length = 6;

    /// <summary>Offsets (in 8-byte elements) of the regions inside one shared buffer; two of them overlap.</summary>
    private static readonly Arbitrary<(int A, int B, int C, int D)> OverlappingLayouts =
        (from a in Gen.Choose(0, 30)
         from b in Gen.Choose(0, 30)
         from c in Gen.Choose(0, 30)
         from d in Gen.Choose(0, 30)
         where Overlap(a, c) || Overlap(a, d) || Overlap(b, c) || Overlap(b, d) || Overlap(c, d)
         select (a, b, c, d)).ToArbitrary();

    private static bool Overlap(int x, int y) => Math.Abs(x - y) < Length;

    private static long[] Buffer()
    {
        var buffer = new long[40];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = 3 + (i % 4);
        }

        return buffer;
    }

    [Property(MaxTest = 200)]
    public Property ProportionIntervalCompute_AnyOverlap_RefusedAndNothingWritten() => Prop.ForAll(OverlappingLayouts, c =>
    {
        var buffer = Buffer();
        buffer.AsSpan(c.B, Length).Fill(100);
        var before = (long[])buffer.Clone();
        var ex = Assert.Throws<ArgumentException>(() =>
        {
            var doubles = MemoryMarshal.Cast<long, double>(buffer.AsSpan());
            ProportionInterval.Compute(
                buffer.AsSpan(c.A, Length), buffer.AsSpan(c.B, Length), 0.95, IntervalMethod.Wilson, doubles.Slice(c.C, Length), doubles.Slice(c.D, Length));
        });
        return ex.Message.Contains("overlap", StringComparison.Ordinal) && ex.ParamName is "lower" or "upper" && buffer.AsSpan().SequenceEqual(before);
    });

    [Property(MaxTest = 200)]
    public Property PoissonIntervalExact_AnyOverlap_RefusedAndNothingWritten() => Prop.ForAll(OverlappingLayouts, c =>
    {
        if (!(Overlap(c.A, c.C) || Overlap(c.A, c.D) || Overlap(c.C, c.D)))
        {
            return true;
        }

        var buffer = Buffer();
        var before = (long[])buffer.Clone();
        var ex = Assert.Throws<ArgumentException>(() =>
        {
            var doubles = MemoryMarshal.Cast<long, double>(buffer.AsSpan());
            PoissonInterval.Exact(buffer.AsSpan(c.A, Length), 0.9, doubles.Slice(c.C, Length), doubles.Slice(c.D, Length));
        });
        return ex.Message.Contains("overlap", StringComparison.Ordinal) && ex.ParamName is "lower" or "upper" && buffer.AsSpan().SequenceEqual(before);
    });

    [Fact]
    public void Compute_DisjointRegionsOfOneBuffer_Accepted()
    {
        var buffer = Buffer();
        var doubles = MemoryMarshal.Cast<long, double>(buffer.AsSpan());
        buffer.AsSpan(10, Length).Fill(50);

        ProportionInterval.Compute(buffer.AsSpan(0, Length), buffer.AsSpan(10, Length), 0.95, IntervalMethod.ClopperPearson, doubles.Slice(20, Length), doubles.Slice(30, Length));
        var one = ProportionInterval.Compute(3, 50, 0.95, IntervalMethod.ClopperPearson);
        Assert.Equal(one.Lower, doubles[20]);
        Assert.Equal(one.Upper, doubles[30]);

        PoissonInterval.Exact(buffer.AsSpan(0, Length), 0.95, doubles.Slice(20, Length), doubles.Slice(30, Length));
        Assert.Equal(PoissonInterval.Exact(3, 0.95).Upper, doubles[30]);
    }

    [Fact]
    public void RanksCompute_Overlap_StillRefused()
    {
        var values = new double[] { 3, 1, 2, 5 };

        var ex = Assert.Throws<ArgumentException>(() => Ranks.Compute(values, values, TieMethod.Average, RankOrder.Ascending, MissingValues.Keep, percent: false));

        Assert.Equal("ranks", ex.ParamName);
    }
}
