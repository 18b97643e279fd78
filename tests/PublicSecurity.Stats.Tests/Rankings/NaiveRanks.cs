using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

/// <summary>
/// The definitions of reference/README.md §5, evaluated by counting (quadratic, no sorting): an oracle independent of
/// the radix sort for inputs longer than the reference vectors.
/// </summary>
internal static class NaiveRanks
{
    public static double[] Compute(double[] values, TieMethod method, RankOrder order, MissingValues missing, bool percent)
    {
        var n = values.Length;
        var nanCount = values.Count(double.IsNaN);
        var m = n - nanCount;
        var distinctValues = values.Where(v => !double.IsNaN(v)).Select(v => v == 0 ? 0.0 : v).Distinct().ToArray();
        var distinct = distinctValues.Length;
        var nanBefore = 0;
        var nanGroup = missing != MissingValues.Keep && nanCount > 0 ? 1 : 0;
        var ranks = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                var before = nanBefore++;
                var first = missing == MissingValues.Bottom ? m : 0;
                ranks[i] = missing == MissingValues.Keep ? double.NaN : method switch
                {
                    TieMethod.Average => first + ((nanCount + 1) / 2.0),
                    TieMethod.Min => first + 1,
                    TieMethod.Max => first + nanCount,
                    TieMethod.First => first + before + 1,
                    _ => missing == MissingValues.Bottom ? distinct + 1 : 1,
                };
                continue;
            }

            var offset = missing == MissingValues.Top ? nanCount : 0;
            var better = 0;
            var equal = 0;
            var equalBefore = 0;
            for (var j = 0; j < n; j++)
            {
                var w = values[j];
                if (double.IsNaN(w))
                {
                    continue;
                }

                if (w == v)
                {
                    equal++;
                    if (j < i)
                    {
                        equalBefore++;
                    }
                }
                else if (order == RankOrder.Ascending ? w < v : w > v)
                {
                    better++;
                }
            }

            ranks[i] = method switch
            {
                TieMethod.Average => offset + better + ((equal + 1) / 2.0),
                TieMethod.Min => offset + better + 1,
                TieMethod.Max => offset + better + equal,
                TieMethod.First => offset + better + equalBefore + 1,
                _ => (missing == MissingValues.Top ? nanGroup : 0) + distinctValues.Count(w => order == RankOrder.Ascending ? w < v : w > v) + 1,
            };
        }

        if (percent)
        {
            double denominator = method == TieMethod.Dense ? distinct + nanGroup : (missing == MissingValues.Keep ? m : n);
            for (var i = 0; i < n; i++)
            {
                ranks[i] /= denominator;
            }
        }

        return ranks;
    }
}
