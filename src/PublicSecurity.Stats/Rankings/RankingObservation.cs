using System.Globalization;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Creates the observations that rankings and rank intervals are computed from, validating their counts.</summary>
/// <remarks>
/// Each factory checks the rules of its kind: counts are non-negative, a population or a target is positive and
/// finite, and successes do not exceed trials. A unit with no data is <see cref="Missing{TKey}(TKey)"/>, never a
/// zero count.
/// </remarks>
public static class RankingObservation
{
    /// <summary>Creates a count observation (exposure 1).</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="key">The unit.</param>
    /// <param name="count">The count; non-negative.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static RankingObservation<TKey> Count<TKey>(TKey key, long count)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckCount(count, nameof(count));
        return new RankingObservation<TKey>(key, MeasureKind.Count, count, 1);
    }

    /// <summary>Creates a per-capita observation: a count and the population it occurred in.</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="key">The unit.</param>
    /// <param name="count">The count; non-negative.</param>
    /// <param name="population">The population (the exposure); positive and finite.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is negative, or <paramref name="population"/> is not positive and finite.
    /// </exception>
    public static RankingObservation<TKey> PerCapita<TKey>(TKey key, long count, double population)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckCount(count, nameof(count));
        CheckPositive(population, nameof(population), "population");
        return new RankingObservation<TKey>(key, MeasureKind.PerCapita, count, population);
    }

    /// <summary>Creates a per-capita observation of a province with its 2023 population from the catalogue.</summary>
    /// <param name="province">The province, of either edition (the 34 units' populations are the sums of their predecessors).</param>
    /// <param name="count">The count; non-negative.</param>
    /// <returns>The observation, with <see cref="ProvinceCatalog.Population"/> (2023 average, NSO E02.01, preliminary) as exposure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalogue has no population for the province.</exception>
    public static RankingObservation<Province> PerCapita(Province province, long count) => PerCapita(province, count, ProvinceCatalog.Population);

    /// <summary>Creates a per-capita observation of a province with its population from a caller's table.</summary>
    /// <param name="province">The province, of either edition.</param>
    /// <param name="count">The count; non-negative.</param>
    /// <param name="population">The population table, for example one built with <see cref="PopulationTable.Create"/> for another year.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">The table has no population for the province.</exception>
    public static RankingObservation<Province> PerCapita(Province province, long count, PopulationTable population)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(population);
        var table = population;
        if (!table.TryGetPopulation(province, out var people))
        {
            throw new ArgumentException($"The population table has no population for {province}; supply a table that covers it.", nameof(population));
        }

        return PerCapita(province, count, (double)people);
    }

    /// <summary>Creates a proportion observation: successes out of trials.</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="key">The unit.</param>
    /// <param name="successes">The successes (for example cases cleared); non-negative, at most <paramref name="trials"/>.</param>
    /// <param name="trials">The trials (for example cases occurred); positive.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="successes"/> is negative or exceeds <paramref name="trials"/>, or <paramref name="trials"/> is not positive.
    /// </exception>
    public static RankingObservation<TKey> Proportion<TKey>(TKey key, long successes, long trials)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckCount(successes, nameof(successes));
        if (trials <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(trials),
                string.Create(CultureInfo.InvariantCulture, $"The trials must be positive; it was {trials}."));
        }

        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(
                nameof(successes),
                string.Create(CultureInfo.InvariantCulture, $"The successes must not exceed the trials ({trials}); it was {successes}."));
        }

        return new RankingObservation<TKey>(key, MeasureKind.Proportion, successes, trials);
    }

    /// <summary>Creates a target-achievement observation: the number achieved and the target assigned.</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="key">The unit.</param>
    /// <param name="achieved">The number achieved (for example e-ID accounts activated); non-negative, may exceed the target.</param>
    /// <param name="target">The assigned target (the exposure); positive and finite.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="achieved"/> is negative, or <paramref name="target"/> is not positive and finite.
    /// </exception>
    public static RankingObservation<TKey> TargetAchievement<TKey>(TKey key, long achieved, double target)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckCount(achieved, nameof(achieved));
        CheckPositive(target, nameof(target), "target");
        return new RankingObservation<TKey>(key, MeasureKind.TargetAchievement, achieved, target);
    }

    /// <summary>Creates the observation of a unit whose data is missing: it is never ranked as 0.</summary>
    /// <typeparam name="TKey">The unit's key type.</typeparam>
    /// <param name="key">The unit.</param>
    /// <returns>The observation, which fits a measure of any kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static RankingObservation<TKey> Missing<TKey>(TKey key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return new RankingObservation<TKey>(key, null, null, null);
    }

    private static void CheckCount(long count, string name)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(
                name,
                string.Create(CultureInfo.InvariantCulture, $"The {name} must not be negative; it was {count}."));
        }
    }

    private static void CheckPositive(double value, string name, string what)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(
                name,
                string.Create(CultureInfo.InvariantCulture, $"The {what} must be positive and finite; it was {value:R}."));
        }
    }
}

/// <summary>One unit's data for a ranking: its key, and the numerator and denominator of its measure, or missing.</summary>
/// <typeparam name="TKey">The unit's key type, for example a province.</typeparam>
/// <remarks>
/// Made by the factories of <see cref="RankingObservation"/>, which validate it. <c>default</c> is a missing
/// observation whose key is <c>default(TKey)</c>; rankings reject it when that key is null.
/// </remarks>
public readonly struct RankingObservation<TKey> : IEquatable<RankingObservation<TKey>>
    where TKey : notnull
{
    internal RankingObservation(TKey key, MeasureKind? kind, long? numerator, double? denominator)
    {
        (Key, Kind, Numerator, Denominator) = (key, kind, numerator, denominator);
    }

    /// <summary>Gets the unit.</summary>
    public TKey Key { get; }

    /// <summary>Gets the kind of measure the observation is for, or <see langword="null"/> when it is missing.</summary>
    public MeasureKind? Kind { get; }

    /// <summary>Gets the count, successes or number achieved; <see langword="null"/> when missing.</summary>
    public long? Numerator { get; }

    /// <summary>
    /// Gets the exposure: 1 for a count, the population, the trials or the target; <see langword="null"/> when missing.
    /// </summary>
    public double? Denominator { get; }

    /// <summary>Gets whether the unit's data is missing.</summary>
    public bool IsMissing => Kind is null;

    /// <inheritdoc/>
    public bool Equals(RankingObservation<TKey> other) =>
        EqualityComparer<TKey>.Default.Equals(Key, other.Key)
        && Kind == other.Kind
        && Numerator == other.Numerator
        && Nullable.Equals(Denominator, other.Denominator);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RankingObservation<TKey> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Kind, Numerator, Denominator);

    /// <summary>Gets the observation in English, for example "74: 1408000 of 1200000 (TargetAchievement)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsMissing
        ? $"{Key}: missing"
        : string.Create(CultureInfo.InvariantCulture, $"{Key}: {Numerator} of {Denominator:R} ({Kind})");

    /// <summary>Equality of key, kind, numerator and denominator.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RankingObservation<TKey> left, RankingObservation<TKey> right) => left.Equals(right);

    /// <summary>Inequality of key, kind, numerator or denominator.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RankingObservation<TKey> left, RankingObservation<TKey> right) => !left.Equals(right);
}
