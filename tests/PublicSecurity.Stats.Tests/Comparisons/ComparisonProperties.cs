using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Comparisons;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class ComparisonProperties
{
    private static readonly Arbitrary<(long K1, long K2, double T1, double T2)> Counts =
        (from k1 in Gen.Choose(0, 400)
         from k2 in Gen.Choose(0, 400)
         from t1 in Gen.Choose(1, 400)
         from t2 in Gen.Choose(1, 400)
         where k1 + k2 > 0
         select ((long)k1, (long)k2, (double)t1, (double)t2)).ToArbitrary();

    private static readonly int[][] Orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    private static bool Inverse(double a, double b)
    {
        if (a == 0)
        {
            return double.IsPositiveInfinity(b);
        }

        if (double.IsPositiveInfinity(a))
        {
            return b == 0;
        }

        return Math.Abs((1 / a) - b) <= 1e-12 * Math.Abs(b);
    }

    [Property(MaxTest = 200)]
    public Property Swap_InvertsRateRatioAndInterval() => Prop.ForAll(Counts, t =>
    {
        var forward = CountComparison.Compare(t.K1, t.K2, t.T1, t.T2);
        var back = CountComparison.Compare(t.K2, t.K1, t.T2, t.T1);
        return Inverse(forward.RateRatio, back.RateRatio)
            && Inverse(forward.ExactInterval.Lower, back.ExactInterval.Upper)
            && Inverse(forward.ExactInterval.Upper, back.ExactInterval.Lower)
            && Inverse(forward.MidPInterval.Lower, back.MidPInterval.Upper)
            && Inverse(forward.MidPInterval.Upper, back.MidPInterval.Lower)
            && Math.Abs(forward.ExactPValue - back.ExactPValue) <= 1e-12;
    });

    [Property(MaxTest = 100)]
    public Property Verdict_DoesNotDependOnTheOrderOfItsMetrics() => Prop.ForAll(
        (from a in Counts.Generator
         from b in Counts.Generator
         from c in Counts.Generator
         from order in Gen.Elements(Orders)
         select (a, b, c, order)).ToArbitrary(),
        t =>
        {
            MetricComparison[] metrics =
            [
                MetricComparison.Create(Metric.TrafficAccidents, CountComparison.Compare(t.a.K1, t.a.K2, t.a.T1, t.a.T2)),
                MetricComparison.Create(Metric.TrafficDeaths, CountComparison.Compare(t.b.K1, t.b.K2, t.b.T1, t.b.T2)),
                MetricComparison.Create(Metric.TrafficInjured, CountComparison.Compare(t.c.K1, t.c.K2, t.c.T1, t.c.T2)),
            ];
            var subject = LocalizedName.Create("x", "y");
            var v1 = ChangeVerdict.Evaluate(subject, metrics);
            var v2 = ChangeVerdict.Evaluate(subject, t.order.Select(i => metrics[i]));
            return v1.AllDecreased == v2.AllDecreased
                && v1.AllDecreasedSignificantly == v2.AllDecreasedSignificantly
                && v1.DecreasedCount == v2.DecreasedCount
                && v1.IntersectionUnionPValue == v2.IntersectionUnionPValue
                && v1.SignificantlyIncreased.ToHashSet().SetEquals(v2.SignificantlyIncreased)
                && v1.SignificantlyDecreased.ToHashSet().SetEquals(v2.SignificantlyDecreased);
        });

    [Property(MaxTest = 200)]
    public Property Intervals_ContainTheRateRatioAndMidPIsInsideExact() => Prop.ForAll(Counts, t =>
    {
        var c = CountComparison.Compare(t.K1, t.K2, t.T1, t.T2);
        return c.ExactInterval.Lower <= c.RateRatio && c.RateRatio <= c.ExactInterval.Upper
            && c.ExactInterval.Lower <= c.MidPInterval.Lower * (1 + 1e-12)
            && c.MidPInterval.Upper <= c.ExactInterval.Upper * (1 + 1e-12);
    });
}
