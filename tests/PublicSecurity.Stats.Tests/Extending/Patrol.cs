namespace PublicSecurity.Stats.Tests.Extending;

/// <summary>
/// A traffic patrol shift (ca tuần tra kiểm soát) and the violations it recorded: the test-only record kind of
/// CONTRIBUTING.md's "Adding a record kind", which proves that a kind takes one folder (record, tally, builder) and one
/// registration (<see cref="PatrolJson"/>).
/// </summary>
internal sealed class Patrol : IEquatable<Patrol>
{
    private Patrol(Province province, DateOnly heldOn, long violations) => (Province, HeldOn, Violations) = (province, heldOn, violations);

    public Province Province { get; }

    public DateOnly HeldOn { get; }

    public long Violations { get; }

    /// <summary>Creates a patrol; the violations must not be negative.</summary>
    public static Patrol Create(Province province, DateOnly heldOn, long violations)
    {
        ArgumentNullException.ThrowIfNull(province);
        return new Patrol(province, heldOn, Preconditions.NotNegative(violations, nameof(violations)));
    }

    public bool Equals(Patrol? other) => other is not null && (other.Province, other.HeldOn, other.Violations) == (Province, HeldOn, Violations);

    public override bool Equals(object? obj) => Equals(obj as Patrol);

    public override int GetHashCode() => HashCode.Combine(Province, HeldOn, Violations);
}
