using PublicSecurity.Stats.Monitoring;

namespace PublicSecurity.Stats.Targets;

/// <summary>The options of a year-end projection: the level of the prediction interval, the number of simulated years and the seed.</summary>
/// <remarks>
/// The projection is a Monte-Carlo simulation from a fixed seed: the same inputs and options give the same result on
/// every machine and thread. Immutable and thread-safe.
/// </remarks>
public sealed class YearEndOptions
{
    private YearEndOptions(double confidence, int draws, long seed) => (Confidence, Draws, Seed) = (confidence, draws, seed);

    /// <summary>Gets the default options: a 95% interval from 10,000 simulated years, seed 2023.</summary>
    public static YearEndOptions Default { get; } = new(0.95, 10_000, 2023);

    /// <summary>Gets the level of the prediction interval, strictly between 0 and 1.</summary>
    public double Confidence { get; }

    /// <summary>Gets the number of simulated years (Monte-Carlo draws), 100 to 1,000,000.</summary>
    public int Draws { get; }

    /// <summary>Gets the seed of the random generator.</summary>
    public long Seed { get; }

    /// <summary>Creates options.</summary>
    /// <param name="confidence">The level of the prediction interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="draws">The number of simulated years, 100 to 1,000,000; 10,000 by default (the Monte-Carlo error of a probability is then at most 0.005).</param>
    /// <param name="seed">The seed; 2023 by default.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="draws"/> is outside 100–1,000,000.</exception>
    public static YearEndOptions Create(double confidence = 0.95, int draws = 10_000, long seed = 2023)
    {
        Preconditions.Confidence(confidence, nameof(confidence));
        FarringtonOptions.InRange(draws, 100, 1_000_000, nameof(draws), "number of draws");
        return new YearEndOptions(confidence, draws, seed);
    }
}
