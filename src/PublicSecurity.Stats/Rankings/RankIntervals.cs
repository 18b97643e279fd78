using System.Globalization;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Monte-Carlo rank intervals: how sure a league-table position is, from each unit's posterior.</summary>
/// <remarks>
/// <para>
/// Goldstein and Spiegelhalter (1996), "League tables and their limitations", J. R. Stat. Soc. A 159:385–443:
/// each unit's rate is drawn from its Jeffreys posterior — Beta(x + ½, n − x + ½) for a
/// <see cref="MeasureKind.Proportion"/>, Gamma(shape k + ½, rate = exposure) for a <see cref="MeasureKind.Count"/>
/// (exposure 1), a <see cref="MeasureKind.PerCapita"/> rate (exposure = population; draws scaled to the measure's
/// <see cref="RankingMeasure.PerPopulation"/>) and <see cref="MeasureKind.TargetAchievement"/> (exposure = target) —
/// and every draw is ranked, rank 1 being the best in the measure's direction (ties, which have probability zero for
/// continuous draws, share the lowest rank). The result per unit is the distribution of its rank.
/// </para>
/// <para>
/// Sampling: Gamma deviates by Marsaglia and Tsang (2000) with ziggurat normal deviates (Doornik 2005); a Beta
/// deviate is G1/(G1 + G2). They are specialised here because a general-purpose sampler (validating parameters and
/// taking a logarithm per normal deviate) used most of the time budget of 63 units × 10,000 draws.
/// </para>
/// <para>
/// Deterministic: the draws are split into fixed chunks of 256, and chunk c draws from xoshiro256** seeded by
/// SplitMix64 from (seed, c), every unit of one draw before the next draw; the rank histograms are integer counts
/// summed over chunks, so the result is the same for any degree of parallelism on the same runtime and OS.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public static class RankIntervals
{
    /// <summary>The number of draws in each independently seeded chunk.</summary>
    internal const int ChunkSize = 256;

    /// <summary>Draws every unit's rate from its Jeffreys posterior, ranks each draw, and summarises each unit's rank.</summary>
    /// <typeparam name="TKey">The unit's key type, for example a province.</typeparam>
    /// <param name="measure">The measure; each observation must be of its kind, or missing.</param>
    /// <param name="observations">One observation per unit; keys are distinct. Missing units are not drawn or ranked.</param>
    /// <param name="seed">The seed; the same seed gives the same result.</param>
    /// <param name="draws">The number of draws; positive; 10,000 by default.</param>
    /// <param name="level">The level of the equal-tailed rank intervals, in (0, 1); 0.95 by default.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use, or −1 (default) for no limit; the result does not depend on it.</param>
    /// <param name="keyComparer">Compares keys; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The rank distribution of every unit that has data.</returns>
    /// <remarks>
    /// Memory: one n × n histogram of 64-bit counts per worker thread, for n units with data. Time: about 34 ms for
    /// 63 units × 10,000 draws on two cores (benchmarks/README.md).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/>, <paramref name="observations"/> or a key is null.</exception>
    /// <exception cref="ArgumentException">
    /// An observation is of another kind than the measure, or two observations have the same key.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="draws"/> is not positive, <paramref name="level"/> is outside (0, 1), or
    /// <paramref name="maxDegreeOfParallelism"/> is neither −1 nor positive.
    /// </exception>
    public static RankIntervals<TKey> MonteCarlo<TKey>(
        RankingMeasure measure,
        IEnumerable<RankingObservation<TKey>> observations,
        long seed,
        int draws = 10_000,
        double level = 0.95,
        int maxDegreeOfParallelism = -1,
        IEqualityComparer<TKey>? keyComparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(observations);
        if (draws <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(draws),
                string.Create(CultureInfo.InvariantCulture, $"The number of draws must be positive; it was {draws}."));
        }

        CheckLevel(level);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxDegreeOfParallelism),
                string.Create(CultureInfo.InvariantCulture, $"The maximum degree of parallelism must be -1 (no limit) or positive; it was {maxDegreeOfParallelism}."));
        }

        var allKeys = new List<TKey>();
        var units = new List<RankingObservation<TKey>>();
        var unranked = new List<TKey>();
        foreach (var observation in observations)
        {
            Ranking.CheckKind(measure, observation, nameof(observations));
            allKeys.Add(observation.Key);
            if (observation.IsMissing)
            {
                unranked.Add(observation.Key);
            }
            else
            {
                units.Add(observation);
            }
        }

        Ranking.CheckDistinct(allKeys, keyComparer, nameof(observations));
        var n = units.Count;
        var first = new GammaSampler[n];
        var second = new GammaSampler[n];
        var factor = new double[n];
        var scale = measure.Kind == MeasureKind.PerCapita ? measure.PerPopulation : 1.0;
        var values = new double[n];
        for (var u = 0; u < n; u++)
        {
            var x = units[u].Numerator!.Value;
            var d = units[u].Denominator!.Value;
            values[u] = measure.ValueOf(x, d);
            first[u] = new GammaSampler(x + 0.5);

            // Beta(x + ½, n − x + ½) = G1/(G1 + G2); Gamma(k + ½, rate t) = G/t, scaled to the measure's unit.
            second[u] = measure.Kind == MeasureKind.Proportion ? new GammaSampler(d - x + 0.5) : default;
            factor[u] = scale / d;
        }

        var histogram = new long[n * n];
        if (n > 0)
        {
            var chunks = (draws + ChunkSize - 1) / ChunkSize;
            var proportion = measure.Kind == MeasureKind.Proportion;
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
            var gate = new object();
            Parallel.For(
                0,
                chunks,
                options,
                () => new Worker(n, seed),
                (chunk, _, worker) =>
                {
                    var count = Math.Min(ChunkSize, draws - (chunk * ChunkSize));
                    worker.Run(chunk, count, first, second, factor, proportion, measure.Order);
                    return worker;
                },
                worker =>
                {
                    lock (gate)
                    {
                        for (var i = 0; i < histogram.Length; i++)
                        {
                            histogram[i] += worker.Histogram[i];
                        }
                    }
                });
        }

        var observed = new double[n];
        Ranks.Compute(values, observed, TieMethod.Min, measure.Order, MissingValues.Keep, percent: false);
        var entries = new RankIntervalEntry<TKey>[n];
        for (var u = 0; u < n; u++)
        {
            var counts = new long[n];
            Array.Copy(histogram, u * n, counts, 0, n);
            entries[u] = new RankIntervalEntry<TKey>(units[u].Key, values[u], (int)observed[u], counts, draws, level);
        }

        return new RankIntervals<TKey>(measure, entries, unranked, draws, level, seed, keyComparer);
    }

    internal static void CheckLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(level),
                string.Create(CultureInfo.InvariantCulture, $"The level must be in (0, 1); it was {level:R}."));
        }
    }

    /// <summary>One thread's scratch space and rank histogram.</summary>
    private sealed class Worker
    {
        private readonly int n;
        private readonly long seed;
        private readonly ChunkRandom random;
        private readonly double[] draw;
        private readonly int[] ranks;
        private readonly Ranks.KeyedPosition[] scratch;

        public Worker(int n, long seed)
        {
            this.n = n;
            this.seed = seed;
            random = new ChunkRandom(seed, 0);
            draw = new double[n];
            ranks = new int[n];
            scratch = new Ranks.KeyedPosition[n];
            for (var u = 0; u < n; u++)
            {
                scratch[u] = new Ranks.KeyedPosition(0, u);
            }
            Histogram = new long[n * n];
        }

        public long[] Histogram { get; }

        public void Run(int chunk, int count, GammaSampler[] first, GammaSampler[] second, double[] factor, bool proportion, RankOrder order)
        {
            random.Reseed(seed, chunk);

            // Draw-major order (every unit of draw 1, then of draw 2, …) is part of the result's definition.
            for (var d = 0; d < count; d++)
            {
                for (var u = 0; u < n; u++)
                {
                    if (proportion)
                    {
                        var a = random.NextGamma(in first[u]);
                        draw[u] = a / (a + random.NextGamma(in second[u]));
                    }
                    else
                    {
                        draw[u] = random.NextGamma(in first[u]) * factor[u];
                    }
                }

                Ranks.MinRanksFromPreviousOrder(draw, ranks, order, scratch);
                for (var u = 0; u < n; u++)
                {
                    Histogram[(u * n) + ranks[u] - 1]++;
                }
            }
        }
    }
}
