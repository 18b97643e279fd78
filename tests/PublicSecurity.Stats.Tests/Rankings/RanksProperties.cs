using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class RanksProperties
{
    private static readonly TieMethod[] Methods = Enum.GetValues<TieMethod>();
    private static readonly RankOrder[] Orders = Enum.GetValues<RankOrder>();
    private static readonly MissingValues[] Policies = Enum.GetValues<MissingValues>();

    // Few distinct values (many ties, shared high bits), the special values, and arbitrary doubles.
    private static readonly Gen<double> AnyValue = Gen.OneOf(
        Gen.Choose(-4, 4).Select(i => (double)i),
        Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, -double.Epsilon, 1.0, Math.BitDecrement(1.0), double.MaxValue, double.MinValue),
        Gen.Choose(int.MinValue, int.MaxValue).Select(i => i * 1e-7));

    private static readonly Gen<double> NonMissingValue = AnyValue.Where(v => !double.IsNaN(v));

    // Lengths up to 300 cross the 64-value boundary between the insertion and the radix sort.
    private static Arbitrary<double[]> Vectors(Gen<double> value) =>
        Gen.Choose(0, 300).SelectMany(n => value.ArrayOf(n)).ToArbitrary();

    private static readonly Arbitrary<(double[] Values, TieMethod Method, RankOrder Order, MissingValues Missing, bool Percent)> Cases =
        (from n in Gen.Choose(0, 300)
         from values in AnyValue.ArrayOf(n)
         from method in Gen.Elements(Methods)
         from order in Gen.Elements(Orders)
         from missing in Gen.Elements(Policies)
         from percent in Gen.Elements(false, true)
         select (values, method, order, missing, percent)).ToArbitrary();

    private static bool SameBits(double[] a, double[] b) => a.Length == b.Length && a.Zip(b).All(p => p.First.Equals(p.Second));

    [Property(MaxTest = 300)]
    public Property Compute_AnyInput_MatchesTheDefinitionsByCounting() => Prop.ForAll(Cases, c =>
        SameBits(NaiveRanks.Compute(c.Values, c.Method, c.Order, c.Missing, c.Percent), Ranks.Compute(c.Values, c.Method, c.Order, c.Missing, c.Percent)));

    [Property]
    public Property Compute_AverageWithoutMissing_SumsToTriangularNumber() => Prop.ForAll(Vectors(NonMissingValue), values =>
    {
        var n = values.Length;
        var sum = Ranks.Compute(values, TieMethod.Average, RankOrder.Descending, MissingValues.Keep, percent: false).Sum();
        return sum == n * (n + 1) / 2.0;
    });

    [Property]
    public Property Compute_AnyInput_MinAtMostAverageAtMostMax() => Prop.ForAll(Vectors(AnyValue), values =>
    {
        var min = Ranks.Compute(values, TieMethod.Min, RankOrder.Ascending, MissingValues.Bottom, percent: false);
        var average = Ranks.Compute(values, TieMethod.Average, RankOrder.Ascending, MissingValues.Bottom, percent: false);
        var max = Ranks.Compute(values, TieMethod.Max, RankOrder.Ascending, MissingValues.Bottom, percent: false);
        return Enumerable.Range(0, values.Length).All(i => min[i] <= average[i] && average[i] <= max[i]);
    });

    [Property]
    public Property Compute_Dense_IsConsecutiveFromOne() => Prop.ForAll(Vectors(AnyValue), values =>
    {
        var dense = Ranks.Compute(values, TieMethod.Dense, RankOrder.Descending, MissingValues.Top, percent: false);
        var distinct = dense.Distinct().Order().ToArray();
        return distinct.SequenceEqual(Enumerable.Range(1, distinct.Length).Select(i => (double)i));
    });

    [Property]
    public Property Compute_PermutedInput_PermutesTheRanksExceptFirst() => Prop.ForAll(
        (from values in Vectors(AnyValue).Generator
         from keys in Gen.Choose(0, int.MaxValue).ArrayOf(values.Length)
         from method in Gen.Elements(TieMethod.Average, TieMethod.Min, TieMethod.Max, TieMethod.Dense)
         from missing in Gen.Elements(Policies)
         select (values, keys, method, missing)).ToArbitrary(),
        c =>
        {
            var permutation = Enumerable.Range(0, c.values.Length).OrderBy(i => c.keys[i]).ThenBy(i => i).ToArray();
            var permuted = permutation.Select(i => c.values[i]).ToArray();
            var ranks = Ranks.Compute(c.values, c.method, RankOrder.Ascending, c.missing, percent: true);
            var permutedRanks = Ranks.Compute(permuted, c.method, RankOrder.Ascending, c.missing, percent: true);
            return SameBits(permutation.Select(i => ranks[i]).ToArray(), permutedRanks);
        });

    [Fact]
    public void Compute_TwoThousandValuesEveryCombination_MatchesTheDefinitionsByCounting()
    {
        var random = new Random(20231114);
        var values = new double[2000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (i % 10) switch
            {
                0 => double.NaN,
                1 => Math.Round(random.NextDouble() * 20) - 10,
                2 => -0.0,
                3 => double.NegativeInfinity,
                _ => random.NextDouble() * Math.Pow(10, random.Next(-300, 300)) * (random.Next(2) == 0 ? -1 : 1),
            };
        }

        foreach (var method in Methods)
        {
            foreach (var order in Orders)
            {
                foreach (var missing in Policies)
                {
                    foreach (var percent in new[] { false, true })
                    {
                        RanksReferenceTests.AssertExactly(
                            NaiveRanks.Compute(values, method, order, missing, percent),
                            Ranks.Compute(values, method, order, missing, percent),
                            $"{method} {order} {missing} pct={percent}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Compute_ClustersOfAdjacentDoublesOverAHugeRange_MatchTheDefinitionsByCounting()
    {
        // The packed sort keeps only the high key bits: adjacent doubles (one ulp apart) fall in one run that must be
        // re-sorted by full keys, by insertion (≤ 64) or by radix sort (> 64), with and without ties inside.
        var random = new Random(7);
        var values = new List<double> { 1e-300, -1e300, 1e300, double.NaN, 5e-324 };
        var x = 1.0;
        for (var i = 0; i < 300; i++)
        {
            values.Add(x);
            x = Math.BitIncrement(x);
        }

        var y = -2.5;
        for (var i = 0; i < 40; i++)
        {
            values.Add(y);
            values.Add(y);
            y = Math.BitDecrement(y);
        }

        var shuffled = values.OrderBy(_ => random.Next()).ToArray();
        foreach (var method in Methods)
        {
            foreach (var order in Orders)
            {
                foreach (var missing in Policies)
                {
                    RanksReferenceTests.AssertExactly(
                        NaiveRanks.Compute(shuffled, method, order, missing, percent: true),
                        Ranks.Compute(shuffled, method, order, missing, percent: true),
                        $"{method} {order} {missing}");
                }
            }
        }
    }

    [Fact]
    public void Compute_ThreeHundredThousandValues_MatchAStableComparisonSort()
    {
        var random = new Random(99);
        var values = new double[300_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (i % 7) switch
            {
                0 => Math.Round(random.NextDouble(), 3),
                1 => double.NaN,
                2 => Math.BitIncrement(0.25 + (random.Next(200) * double.Epsilon)),
                3 => -random.NextDouble() * 1e9,
                _ => random.NextDouble(),
            };
        }

        foreach (var order in Orders)
        {
            foreach (var method in Methods)
            {
                RanksReferenceTests.AssertExactly(
                    SortedRanks(values, method, order),
                    Ranks.Compute(values, method, order, MissingValues.Bottom, percent: false),
                    $"{method} {order}");
            }
        }
    }

    /// <summary>NaNs at the bottom, by a stable comparison sort (a different algorithm from the library's radix sort).</summary>
    private static double[] SortedRanks(double[] values, TieMethod method, RankOrder order)
    {
        var present = Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i]));
        var sorted = (order == RankOrder.Ascending
            ? present.OrderBy(i => values[i]).ThenBy(i => i)
            : present.OrderByDescending(i => values[i]).ThenBy(i => i)).ToArray();
        var ranks = new double[values.Length];
        var groups = 0;
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && values[sorted[end]] == values[sorted[start]])
            {
                end++;
            }

            groups++;
            for (var t = start; t < end; t++)
            {
                ranks[sorted[t]] = method switch
                {
                    TieMethod.Average => (start + 1 + end) / 2.0,
                    TieMethod.Min => start + 1,
                    TieMethod.Max => end,
                    TieMethod.First => t + 1,
                    _ => groups,
                };
            }

            start = end;
        }

        var nanCount = values.Length - sorted.Length;
        var nanSeen = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                ranks[i] = method switch
                {
                    TieMethod.Average => sorted.Length + ((nanCount + 1) / 2.0),
                    TieMethod.Min => sorted.Length + 1,
                    TieMethod.Max => values.Length,
                    TieMethod.First => sorted.Length + (++nanSeen),
                    _ => groups + 1,
                };
            }
        }

        return ranks;
    }

    [Fact]
    public void Compute_AllEqualLongVector_TiesEverything()
    {
        var values = Enumerable.Repeat(3.5, 1000).ToArray();

        var ranks = Ranks.Compute(values, TieMethod.Average, RankOrder.Descending, MissingValues.Keep, percent: false);

        Assert.All(ranks, r => Assert.Equal(500.5, r));
    }
}
