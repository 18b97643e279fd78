namespace PublicSecurity.Stats.Comparisons;

/// <summary>A counted quantity compared between periods: its name and the noun of its unit, in both languages.</summary>
/// <remarks>
/// The unit noun is what a report writes after a number: "giảm 45 vụ", "tăng 17 người"; "down 45 accidents",
/// "up 17 persons". The three traffic criteria ("3 tiêu chí": số vụ, số người chết, số người bị thương) are
/// predefined. Immutable; equality by names.
/// </remarks>
public sealed class Metric : IEquatable<Metric>
{
    private Metric(LocalizedName name, LocalizedName unit)
    {
        (Name, Unit) = (name, unit);
    }

    /// <summary>Gets the traffic accidents criterion (số vụ tai nạn giao thông), counted in accidents (vụ).</summary>
    public static Metric TrafficAccidents { get; } = new(LocalizedName.Create("accidents", "số vụ"), LocalizedName.Create("accidents", "vụ"));

    /// <summary>Gets the traffic deaths criterion (số người chết), counted in persons (người).</summary>
    public static Metric TrafficDeaths { get; } = new(LocalizedName.Create("deaths", "số người chết"), LocalizedName.Create("persons", "người"));

    /// <summary>Gets the traffic injuries criterion (số người bị thương), counted in persons (người).</summary>
    public static Metric TrafficInjured { get; } = new(LocalizedName.Create("injured", "số người bị thương"), LocalizedName.Create("persons", "người"));

    /// <summary>Gets the name of the metric, for example "deaths" / "số người chết".</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the noun of its unit, for example "persons" / "người".</summary>
    public LocalizedName Unit { get; }

    /// <summary>Creates a metric from its name and unit noun.</summary>
    /// <param name="name">The name in both languages.</param>
    /// <param name="unit">The unit noun in both languages.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="unit"/> is null.</exception>
    public static Metric Create(LocalizedName name, LocalizedName unit)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(unit);
        return new Metric(name, unit);
    }

    /// <inheritdoc/>
    public bool Equals(Metric? other) => other is not null && other.Name.Equals(Name) && other.Unit.Equals(Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Metric);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Unit);

    /// <summary>Gets the English name.</summary>
    /// <returns>The English name.</returns>
    public override string ToString() => Name.English;
}
