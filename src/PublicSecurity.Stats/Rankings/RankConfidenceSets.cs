using System.Globalization;
using PublicSecurity.Stats.Numerics;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Rankings;

/// <summary>
/// Marginal and simultaneous confidence sets for ranks from estimates and their standard errors (Mogstad, Romano,
/// Shaikh and Wilhelm 2023, the R package csranks), with the units each one cannot be distinguished from.
/// </summary>
/// <remarks>
/// <para>
/// Reference: M. Mogstad, J. P. Romano, A. M. Shaikh and D. Wilhelm (2023), "Inference for Ranks with Applications
/// to Mobility across Neighborhoods and Academic Achievements across Countries", Review of Economic Studies,
/// doi:10.1093/restud/rdad006; implemented as in csranks' <c>csranks(x, Sigma = diag(se^2), coverage, cstype =
/// "two-sided", stepdown, R, simul)</c> (functions <c>csranks_simul</c>, <c>csranks_marg</c> and
/// <c>csdiffmeans</c>), with independent estimates.
/// </para>
/// <para>
/// Method. Orient the estimates so that higher is better (negate them when lower is better). For an ordered pair
/// (j, k) let σ_jk = √(se_j² + se_k²). A set I of ordered pairs has the critical value c(I), the <c>level</c>
/// quantile (R's <c>quantile</c> type 7) over the bootstrap draws Z ~ N(0, diag(se²)) of max over (j, k) in I of
/// (Z_j − Z_k)/σ_jk. The pair (j, k) is rejected — j is declared better than k — when x_j − x_k &gt; σ_jk·c(I).
/// With step-down, rejected pairs leave I and c(I) is recomputed until no new pair is rejected (csranks' two-sided
/// step-down: both orders of every pair enter I, so the first step is the two-sided max of |Z_j − Z_k|/σ_jk).
/// Unit j's rank set is [1 + #{k : k better than j}, n − #{k : j better than k}].
/// The simultaneous sets start from every ordered pair; the marginal set of unit j starts from the pairs that
/// involve j. Both use one shared matrix of seeded N(0, 1) draws (csranks redraws at each step); with shared draws
/// the critical value of a subset of pairs never exceeds that of a superset, so every simultaneous set contains the
/// marginal set of the same unit.
/// </para>
/// <para>
/// Instances are immutable and thread-safe. Results are deterministic for a seed (xoshiro256** seeded by SplitMix64,
/// ziggurat normal deviates, drawn unit by unit within each replication).
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class RankConfidenceSets : IRenderable
{
    private readonly bool[] distinguished;
    private readonly int[][] indistinguishable;

    private RankConfidenceSets(
        int count,
        double level,
        int draws,
        bool stepDown,
        bool higherIsBetter,
        long seed,
        RankSet[] marginal,
        RankSet[] simultaneous,
        double simultaneousCriticalValue,
        bool[] distinguished,
        int[] estimatedRanks,
        int[][] tiers)
    {
        (Count, Level, Draws, StepDown, HigherIsBetter, Seed, Marginal, Simultaneous, SimultaneousCriticalValue, this.distinguished, EstimatedRanks, Tiers) = (count, level, draws, stepDown, higherIsBetter, seed, marginal, simultaneous, simultaneousCriticalValue, distinguished, estimatedRanks, tiers);
        indistinguishable = new int[count][];
        for (var j = 0; j < count; j++)
        {
            var list = new List<int>();
            for (var k = 0; k < count; k++)
            {
                if (k != j && !distinguished[(j * count) + k])
                {
                    list.Add(k);
                }
            }

            indistinguishable[j] = [.. list];
        }
    }

    /// <summary>Gets the number of units.</summary>
    public int Count { get; }

    /// <summary>Gets the nominal coverage.</summary>
    public double Level { get; }

    /// <summary>Gets the number of bootstrap draws.</summary>
    public int Draws { get; }

    /// <summary>Gets whether the step-down refinement was used.</summary>
    public bool StepDown { get; }

    /// <summary>Gets whether a higher estimate is better (rank 1 is the highest estimate).</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the seed of the bootstrap draws.</summary>
    public long Seed { get; }

    /// <summary>
    /// Gets the ranks of the estimates themselves (1 = best; tied estimates share the lowest rank, like csranks'
    /// <c>irank</c>), in input order.
    /// </summary>
    public IReadOnlyList<int> EstimatedRanks { get; }

    /// <summary>Gets each unit's marginal confidence set: it covers that unit's true rank with probability ≈ the level.</summary>
    public IReadOnlyList<RankSet> Marginal { get; }

    /// <summary>Gets the simultaneous confidence sets: together they cover all the true ranks with probability ≈ the level.</summary>
    public IReadOnlyList<RankSet> Simultaneous { get; }

    /// <summary>
    /// Gets the first-step (single-step) critical value of the simultaneous sets: the level quantile of the maximum
    /// standardised difference |Z_j − Z_k|/σ_jk over all pairs; NaN for fewer than two units.
    /// </summary>
    public double SimultaneousCriticalValue { get; }

    /// <summary>
    /// Gets the tiers: the connected components of the indistinguishability relation, best first (by the best
    /// estimate in each), each listing its units best first (input order among equal estimates).
    /// </summary>
    /// <remarks>
    /// A tier is a connected component, not a set of mutually indistinguishable units: A may be indistinguishable
    /// from B and B from C while A and C are distinguished, and all three are then one tier.
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<int>> Tiers { get; }

    /// <summary>Computes the marginal and simultaneous confidence sets for the ranks of independent estimates.</summary>
    /// <param name="estimates">The estimates, finite; at least one.</param>
    /// <param name="standardErrors">Their standard errors, positive and finite; the same length.</param>
    /// <param name="higherIsBetter">Whether rank 1 is the highest estimate (otherwise the lowest).</param>
    /// <param name="seed">The seed of the bootstrap draws.</param>
    /// <param name="level">The nominal coverage, in (0, 1); 0.95 by default (csranks' <c>coverage</c>).</param>
    /// <param name="draws">The number of bootstrap draws, positive; 1,000 by default (csranks' <c>R</c>).</param>
    /// <param name="stepDown">Whether to use the step-down refinement; <see langword="true"/> by default, as in csranks.</param>
    /// <returns>The confidence sets.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="standardErrors"/> differs in length from <paramref name="estimates"/>, an estimate is not
    /// finite, or there are no estimates.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A standard error is not positive and finite, <paramref name="level"/> is outside (0, 1), or
    /// <paramref name="draws"/> is not positive.
    /// </exception>
    public static RankConfidenceSets Compute(
        ReadOnlySpan<double> estimates,
        ReadOnlySpan<double> standardErrors,
        bool higherIsBetter,
        long seed,
        double level = 0.95,
        int draws = 1000,
        bool stepDown = true)
    {
        var n = NonEmpty(estimates);

        if (standardErrors.Length != n)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The standard errors must have the same length as the estimates ({n}); it was {standardErrors.Length}."),
                nameof(standardErrors));
        }

        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(estimates[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Every estimate must be finite; estimate {i} was {estimates[i]:R}."),
                    nameof(estimates));
            }

            if (!(standardErrors[i] > 0) || double.IsPositiveInfinity(standardErrors[i]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(standardErrors),
                    string.Create(CultureInfo.InvariantCulture, $"Every standard error must be positive and finite; standard error {i} was {standardErrors[i]:R}."));
            }
        }

        CheckLevelAndDraws(level, draws);

        var covariance = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            covariance[(j * n) + j] = standardErrors[j] * standardErrors[j];
        }

        return Create(estimates, covariance, standardErrors, higherIsBetter, seed, level, draws, stepDown);
    }

    /// <summary>
    /// Computes the marginal and simultaneous confidence sets for the ranks of correlated estimates, given their full
    /// covariance matrix (csranks' <c>Sigma</c>).
    /// </summary>
    /// <param name="estimates">The estimates, finite; at least one.</param>
    /// <param name="covariance">
    /// Their covariance matrix, n × n in row-major order: symmetric and positive definite (a diagonal matrix of
    /// squared standard errors gives exactly the sets of <see cref="Compute"/> with the same seed).
    /// </param>
    /// <param name="higherIsBetter">Whether rank 1 is the highest estimate (otherwise the lowest).</param>
    /// <param name="seed">The seed of the bootstrap draws (multivariate normal, through the Cholesky factor).</param>
    /// <param name="level">The nominal coverage, in (0, 1); 0.95 by default.</param>
    /// <param name="draws">The number of bootstrap draws, positive; 1,000 by default.</param>
    /// <param name="stepDown">Whether to use the step-down refinement; <see langword="true"/> by default.</param>
    /// <returns>The confidence sets.</returns>
    /// <exception cref="ArgumentException">
    /// There are no estimates, an estimate is not finite, the covariance does not have n × n entries, is not
    /// symmetric, has an entry that is not finite, or is not positive definite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1), or <paramref name="draws"/> is not positive.</exception>
    public static RankConfidenceSets ComputeWithCovariance(ReadOnlySpan<double> estimates, ReadOnlySpan<double> covariance, bool higherIsBetter, long seed, double level = 0.95, int draws = 1000, bool stepDown = true)
    {
        var n = NonEmpty(estimates);

        if (covariance.Length != n * n)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The covariance must have {n} × {n} = {n * n} entries (row-major); it had {covariance.Length}."),
                nameof(covariance));
        }

        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(estimates[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Every estimate must be finite; estimate {i} was {estimates[i]:R}."),
                    nameof(estimates));
            }

            for (var k = 0; k < n; k++)
            {
                var c = covariance[(i * n) + k];
                if (!double.IsFinite(c) || c != covariance[(k * n) + i])
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The covariance must be finite and symmetric; entry ({i}, {k}) was {c:R} and entry ({k}, {i}) {covariance[(k * n) + i]:R}."),
                        nameof(covariance));
                }
            }
        }

        CheckLevelAndDraws(level, draws);

        return Create(estimates, covariance.ToArray(), [], higherIsBetter, seed, level, draws, stepDown);
    }

    /// <summary>
    /// Gets the tau-best confidence set: the units that are, with joint confidence <see cref="Level"/>, possibly among the
    /// best <paramref name="tau"/> — every unit not listed is, at that confidence, not among them (csranks
    /// <c>cstaubest</c>; Mogstad, Romano, Shaikh and Wilhelm 2023). The direct test of "ranked 2nd nationwide".
    /// </summary>
    /// <param name="tau">How many best places, from 1 to <see cref="Count"/>.</param>
    /// <returns>The set: a unit is in it when the lower end of its simultaneous rank set is at most <paramref name="tau"/>; it contains the set for <paramref name="tau"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tau"/> is not between 1 and <see cref="Count"/>.</exception>
    public TauSet AmongBest(int tau)
    {
        CheckTau(tau);
        var bounds = Simultaneous.Select(s => s.Lower).ToArray();
        return new TauSet(this, tau, best: true, bounds, bounds.Select(l => l <= tau).ToArray());
    }

    /// <summary>
    /// Gets the tau-worst confidence set: the units that are, with joint confidence <see cref="Level"/>, possibly among
    /// the worst <paramref name="tau"/> (csranks <c>cstauworst</c>).
    /// </summary>
    /// <param name="tau">How many worst places, from 1 to <see cref="Count"/>.</param>
    /// <returns>The set: a unit is in it when the upper end of its simultaneous rank set is at least <see cref="Count"/> − <paramref name="tau"/> + 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tau"/> is not between 1 and <see cref="Count"/>.</exception>
    public TauSet AmongWorst(int tau)
    {
        CheckTau(tau);
        var bounds = Simultaneous.Select(s => s.Upper).ToArray();
        return new TauSet(this, tau, best: false, bounds, bounds.Select(u => u >= Count - tau + 1).ToArray());
    }

    /// <summary>The sets from the estimates and their covariance; with standard errors (a diagonal covariance) the draws are exactly se × e.</summary>
    private static RankConfidenceSets Create(ReadOnlySpan<double> estimates, double[] covariance, ReadOnlySpan<double> standardErrors, bool higherIsBetter, long seed, double level, int draws, bool stepDown)
    {
        var n = estimates.Length;
        double[] factor;
        if (standardErrors.Length == n)
        {
            factor = new double[n * n];
            for (var j = 0; j < n; j++)
            {
                factor[(j * n) + j] = standardErrors[j];
            }
        }
        else
        {
            factor = Cholesky(covariance, n, nameof(covariance));
        }

        var x = new double[n];
        var sigma = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            x[j] = higherIsBetter ? estimates[j] : -estimates[j];
        }

        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                // The standard deviation of X_j − X_k: sqrt(Σjj + Σkk − 2Σjk) (csranks' calculate_difference_sds).
                sigma[(j * n) + k] = Math.Sqrt(Math.Max(0, covariance[(j * n) + j] + covariance[(k * n) + k] - (2 * covariance[(j * n) + k])));
            }
        }

        // One shared matrix of draws, row b = one bootstrap replication of the estimation errors: L e with e standard normal.
        var z = new double[draws * n];
        var e = new double[n];
        var random = new ChunkRandom(seed, 0);
        for (var b = 0; b < draws; b++)
        {
            for (var j = 0; j < n; j++)
            {
                e[j] = random.NextStandardNormal();
            }

            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k <= j; k++)
                {
                    sum += factor[(j * n) + k] * e[k];
                }

                z[(b * n) + j] = sum;
            }
        }

        // The procedure reads the draws unit by unit (column-major), so each pair is one vectorised pass over the draws.
        var columns = new double[draws * n];
        for (var b = 0; b < draws; b++)
        {
            for (var j = 0; j < n; j++)
            {
                columns[(j * draws) + b] = z[(b * n) + j];
            }
        }

        var procedure = new Procedure(n, x, sigma, columns, draws, level, stepDown);

        var all = new List<(int, int)>(n * (n - 1));
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                if (j != k)
                {
                    all.Add((j, k));
                }
            }
        }

        var rejected = new bool[n * n];
        var criticalValue = procedure.Run(all, rejected);
        var simultaneous = new RankSet[n];
        for (var j = 0; j < n; j++)
        {
            simultaneous[j] = SetOf(j, n, rejected);
        }

        var marginal = new RankSet[n];
        var marginalRejected = new bool[n * n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(marginalRejected);
            var pairs = new List<(int, int)>(2 * (n - 1));
            for (var k = 0; k < n; k++)
            {
                if (k != j)
                {
                    pairs.Add((j, k));
                    pairs.Add((k, j));
                }
            }

            procedure.Run(pairs, marginalRejected);
            marginal[j] = SetOf(j, n, marginalRejected);
        }

        var distinguished = new bool[n * n];
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                distinguished[(j * n) + k] = rejected[(j * n) + k] || rejected[(k * n) + j];
            }
        }

        var estimatedRanks = new double[n];
        Ranks.Compute(x, estimatedRanks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);
        var ranks = Array.ConvertAll(estimatedRanks, r => (int)r);
        var tiers = TiersOf(n, x, distinguished);
        return new RankConfidenceSets(n, level, draws, stepDown, higherIsBetter, seed, marginal, simultaneous, criticalValue, distinguished, ranks, tiers);
    }

    /// <summary>Gets whether the simultaneous procedure could not tell two units apart (neither was declared better).</summary>
    /// <param name="first">The index of one unit.</param>
    /// <param name="second">The index of the other unit.</param>
    /// <returns>
    /// <see langword="true"/> when neither difference is significant at the simultaneous level; a unit is
    /// indistinguishable from itself.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, <see cref="Count"/>).</exception>
    public bool AreIndistinguishable(int first, int second)
    {
        CheckIndex(first, nameof(first));
        CheckIndex(second, nameof(second));
        return !distinguished[(first * Count) + second];
    }

    /// <summary>Gets the units the simultaneous procedure could not tell apart from <paramref name="unit"/>.</summary>
    /// <param name="unit">The index of the unit.</param>
    /// <returns>The indices of the other units, ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is outside [0, <see cref="Count"/>).</exception>
    public IReadOnlyList<int> IndistinguishableFrom(int unit)
    {
        CheckIndex(unit, nameof(unit));
        return indistinguishable[unit];
    }

    /// <summary>Gets a one-line-per-unit English summary: estimated rank, marginal and simultaneous sets.</summary>
    /// <returns>The text.</returns>
    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => RankingTables.Sets(this, language, null).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => RankingTables.Sets(this, language, null).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div("ps-rank-sets", RankingTables.Sets(this, language, null).ToHtml(maxRows));
    }

    /// <summary>Gets the sets with the level, draws and seed, one line per unit.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Count} units; {(HigherIsBetter ? "higher" : "lower")} is better; level {Level:0.###}; {Draws} draws; {(StepDown ? "step-down" : "single-step")}; seed {Seed}"),
        };
        for (var j = 0; j < Count; j++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{j}: rank {EstimatedRanks[j]}, marginal {Marginal[j]}, simultaneous {Simultaneous[j]}"));
        }

        return string.Join("\n", lines);
    }

    private static RankSet SetOf(int j, int n, bool[] rejected)
    {
        var better = 0;
        var worse = 0;
        for (var k = 0; k < n; k++)
        {
            if (rejected[(k * n) + j])
            {
                better++;
            }

            if (rejected[(j * n) + k])
            {
                worse++;
            }
        }

        return new RankSet(1 + better, n - worse);
    }

    private static int[][] TiersOf(int n, double[] x, bool[] distinguished)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Best first, input order among equal estimates.
        Array.Sort(order, (a, b) => x[a] != x[b] ? x[b].CompareTo(x[a]) : a.CompareTo(b));
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[order[i]] = i;
        }

        var tier = new int[n];
        Array.Fill(tier, -1);
        var tiers = new List<int[]>();
        foreach (var start in order)
        {
            if (tier[start] >= 0)
            {
                continue;
            }

            var members = new List<int> { start };
            tier[start] = tiers.Count;
            for (var q = 0; q < members.Count; q++)
            {
                var j = members[q];
                for (var k = 0; k < n; k++)
                {
                    if (tier[k] < 0 && !distinguished[(j * n) + k])
                    {
                        tier[k] = tiers.Count;
                        members.Add(k);
                    }
                }
            }

            members.Sort((a, b) => position[a].CompareTo(position[b]));
            tiers.Add([.. members]);
        }

        return [.. tiers];
    }

    private void CheckIndex(int index, string name)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(
                name,
                string.Create(CultureInfo.InvariantCulture, $"The unit index must be in [0, {Count}); it was {index}."));
        }
    }

    /// <summary>The (step-down) multiple test of csranks' <c>csdiffmeans</c> on a shared matrix of draws.</summary>
    /// <summary>The number of estimates, which must be at least one.</summary>
    private static int NonEmpty(ReadOnlySpan<double> estimates) => estimates.Length > 0
        ? estimates.Length
        : throw new ArgumentException("There must be at least one estimate; there were 0.", nameof(estimates));

    /// <summary>Checks the level (in (0, 1)) and the number of draws (positive).</summary>
    private static void CheckLevelAndDraws(double level, int draws)
    {
        RankIntervals.CheckLevel(level);
        if (draws <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(draws),
                string.Create(CultureInfo.InvariantCulture, $"The number of draws must be positive; it was {draws}."));
        }
    }

    /// <summary>The lower Cholesky factor of a symmetric positive-definite matrix (row-major), or an exception naming the covariance.</summary>
    private static double[] Cholesky(double[] a, int n, string paramName)
    {
        var l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k <= j; k++)
            {
                var sum = a[(j * n) + k];
                for (var m = 0; m < k; m++)
                {
                    sum -= l[(j * n) + m] * l[(k * n) + m];
                }

                if (j == k)
                {
                    if (!(sum > 0))
                    {
                        throw new ArgumentException(
                            string.Create(CultureInfo.InvariantCulture, $"The covariance must be positive definite (every variance positive, no unit a combination of others); its Cholesky pivot {j} was {sum:R}."),
                            paramName);
                    }

                    l[(j * n) + j] = Math.Sqrt(sum);
                }
                else
                {
                    l[(j * n) + k] = sum / l[(k * n) + k];
                }
            }
        }

        return l;
    }

    private void CheckTau(int tau)
    {
        if (tau < 1 || tau > Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(tau), string.Create(CultureInfo.InvariantCulture, $"The tau must be between 1 and the number of units ({Count}); it was {tau}."));
        }
    }

    /// <summary>The step-down procedure over the draws <paramref name="z"/>, stored unit by unit: z[j × draws + b].</summary>
    private sealed class Procedure(int n, double[] x, double[] sigma, double[] z, int draws, double level, bool stepDown)
    {
        private readonly double[] maxima = new double[draws];
        private readonly bool[] isActive = new bool[n * n];

        /// <summary>
        /// max[b] = max(max[b], (a[b] − c[b]) / s) for every draw — or of its absolute value when <paramref name="absolute"/>
        /// — a vector at a time (the same IEEE division as scalar code).
        /// </summary>
        private static void MaxOfScaledDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> c, double s, Span<double> max, bool absolute)
        {
            var b = 0;
            if (System.Numerics.Vector.IsHardwareAccelerated)
            {
                var width = System.Numerics.Vector<double>.Count;
                var scale = new System.Numerics.Vector<double>(s);
                for (; b <= a.Length - width; b += width)
                {
                    var t = (new System.Numerics.Vector<double>(a[b..]) - new System.Numerics.Vector<double>(c[b..])) / scale;
                    if (absolute)
                    {
                        t = System.Numerics.Vector.Abs(t);
                    }

                    System.Numerics.Vector.Max(t, new System.Numerics.Vector<double>(max[b..])).CopyTo(max[b..]);
                }
            }

            for (; b < a.Length; b++)
            {
                var t = (a[b] - c[b]) / s;
                if (absolute)
                {
                    t = Math.Abs(t);
                }

                if (t > max[b])
                {
                    max[b] = t;
                }
            }
        }

        /// <summary>Rejects pairs of <paramref name="active"/> (removing them) into <paramref name="rejected"/>; returns the first critical value.</summary>
        public double Run(List<(int J, int K)> active, bool[] rejected)
        {
            var first = double.NaN;
            while (active.Count > 0)
            {
                // maxima[b] = max over the active pairs of (Z_j − Z_k) / σ_jk in draw b. A pair active in both directions is
                // one pass of |Z_j − Z_k| / σ_jk: −((a − c) / s) is exactly (c − a) / s, so the maxima are the same.
                Array.Fill(maxima, double.NegativeInfinity);
                Array.Clear(isActive);
                foreach (var (j, k) in active)
                {
                    isActive[(j * n) + k] = true;
                }

                foreach (var (j, k) in active)
                {
                    var both = isActive[(k * n) + j];
                    if (both && k < j)
                    {
                        continue;
                    }

                    MaxOfScaledDifference(z.AsSpan(j * draws, draws), z.AsSpan(k * draws, draws), sigma[(j * n) + k], maxima, both);
                }

                var c = QuantileType7(maxima, level);
                if (double.IsNaN(first))
                {
                    first = c;
                }

                var before = active.Count;
                active.RemoveAll(pair =>
                {
                    var (j, k) = pair;
                    if (x[j] - x[k] > sigma[(j * n) + k] * c)
                    {
                        rejected[(j * n) + k] = true;
                        return true;
                    }

                    return false;
                });

                if (!stepDown || active.Count == before)
                {
                    break;
                }
            }

            return first;
        }

        /// <summary>R's default sample quantile (type 7): linear interpolation between order statistics.</summary>
        /// <summary>R's type-7 quantile; the two order statistics it needs are selected in linear time (the values are reordered).</summary>
        private static double QuantileType7(double[] values, double probability)
        {
            var h = (values.Length - 1) * probability;
            var lo = (int)Math.Floor(h);
            var low = Select(values, lo);
            var fraction = h - lo;
            if (fraction == 0 || lo + 1 >= values.Length)
            {
                return low;
            }

            // After the selection every value right of lo is at least values[lo]: the next order statistic is their minimum.
            var high = double.PositiveInfinity;
            for (var i = lo + 1; i < values.Length; i++)
            {
                high = Math.Min(high, values[i]);
            }

            return high == low ? low : ((1 - fraction) * low) + (fraction * high);
        }

        /// <summary>Reorders the values so that values[k] is the k-th smallest, smaller ones left of it and larger ones right (Hoare's selection, median-of-three pivots).</summary>
        private static double Select(double[] values, int k)
        {
            var left = 0;
            var right = values.Length - 1;
            while (right > left)
            {
                var mid = left + ((right - left) / 2);
                if (values[mid] < values[left])
                {
                    (values[mid], values[left]) = (values[left], values[mid]);
                }

                if (values[right] < values[left])
                {
                    (values[right], values[left]) = (values[left], values[right]);
                }

                if (values[right] < values[mid])
                {
                    (values[right], values[mid]) = (values[mid], values[right]);
                }

                var pivot = values[mid];
                var i = left;
                var j = right;
                while (i <= j)
                {
                    while (values[i] < pivot)
                    {
                        i++;
                    }

                    while (values[j] > pivot)
                    {
                        j--;
                    }

                    if (i <= j)
                    {
                        (values[i], values[j]) = (values[j], values[i]);
                        i++;
                        j--;
                    }
                }

                if (k <= j)
                {
                    right = j;
                }
                else if (k >= i)
                {
                    left = i;
                }
                else
                {
                    break;
                }
            }

            return values[k];
        }
    }
}
