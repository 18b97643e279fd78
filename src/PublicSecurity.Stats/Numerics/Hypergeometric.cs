using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>The hypergeometric distribution: point probabilities as R's <c>dhyper</c> computes them, for Fisher's exact test.</summary>
/// <remarks>
/// Drawing <c>draws</c> items without replacement from <c>successes</c> + <c>failures</c>, X counts the successes
/// drawn. With p = draws/N and q = (N − draws)/N (N = successes + failures), R's identity
/// P(X = k) = b(k; successes, p) · b(draws − k; failures, p) / b(draws; N, p) holds for any p, and with Loader's
/// <see cref="Binomial.Raw"/> for each factor every term keeps full relative accuracy even for N near 10⁹.
/// </remarks>
internal static class Hypergeometric
{
    /// <summary>P(X = k) when drawing <paramref name="draws"/> items from <paramref name="successes"/> + <paramref name="failures"/>.</summary>
    /// <param name="k">The number of successes drawn; outside [max(0, draws − failures), min(draws, successes)] the probability is 0.</param>
    /// <param name="successes">The successes in the population, non-negative.</param>
    /// <param name="failures">The failures in the population, non-negative.</param>
    /// <param name="draws">The number drawn, between 0 and successes + failures.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="draws"/> exceeds the population.</exception>
    internal static double Pmf(long k, long successes, long failures, long draws) =>
        Evaluate(k, successes, failures, draws, log: false);

    /// <summary>log P(X = k), accurate where the probability itself would underflow.</summary>
    /// <param name="k">The number of successes drawn.</param>
    /// <param name="successes">The successes in the population, non-negative.</param>
    /// <param name="failures">The failures in the population, non-negative.</param>
    /// <param name="draws">The number drawn, between 0 and successes + failures.</param>
    /// <returns>The log-probability; −∞ outside the support.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="draws"/> exceeds the population.</exception>
    internal static double LogPmf(long k, long successes, long failures, long draws) =>
        Evaluate(k, successes, failures, draws, log: true);

    private static double Evaluate(long k, long successes, long failures, long draws, bool log)
    {
        CheckCount(successes, nameof(successes));
        CheckCount(failures, nameof(failures));
        CheckCount(draws, nameof(draws));
        var total = successes + failures;
        if (draws > total)
        {
            throw new ArgumentOutOfRangeException(
                nameof(draws),
                string.Create(CultureInfo.InvariantCulture, $"The draws must not exceed the population (successes + failures = {total}); it was {draws}."));
        }

        if (k < 0 || k > successes || draws - k > failures || k > draws)
        {
            return log ? double.NegativeInfinity : 0.0;
        }

        if (draws == 0)
        {
            return log ? 0.0 : 1.0;
        }

        double totalD = total;
        var p = draws / totalD;
        var q = (total - draws) / totalD;
        var p1 = Binomial.Raw(k, successes, p, q, log);
        var p2 = Binomial.Raw(draws - k, failures, p, q, log);
        var p3 = Binomial.Raw(draws, total, p, q, log);
        return log ? p1 + p2 - p3 : p1 * p2 / p3;
    }

    private static void CheckCount(long value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The {name} must not be negative; it was {value}."));
        }
    }
}
