using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Reporting;

/// <summary>
/// Level-2 e-ID (VNeID) activations of the 63 provinces as of one date, with each row marked published or
/// illustrative — the bundled data behind the sample report's e-ID ranking.
/// </summary>
/// <remarks>
/// Only Bình Dương's row is published (1.4 million accounts in the seed report of 14/11/2023; a target of more than
/// 1.2 million from the provincial portal). No national table by province was found for late 2023, so every other row
/// is illustrative, generated from the province's 2023 population (<c>eng/generate-illustrative-eid.py</c>): rankings
/// computed from it demonstrate the method — by which measure, with which uncertainty — not the provinces' real
/// standing. Immutable and thread-safe.
/// </remarks>
public sealed class ElectronicIdSample
{
    private readonly HashSet<Province> illustrative;

    internal ElectronicIdSample(string description, DateOnly asOf, IReadOnlyList<ElectronicIdActivation> activations, HashSet<Province> illustrative, IReadOnlyDictionary<Province, string> sources)
    {
        (Description, AsOf, Activations, this.illustrative, Sources) = (description, asOf, activations, illustrative, sources);
    }

    /// <summary>Gets what the data are and where they come from.</summary>
    public string Description { get; }

    /// <summary>Gets the date the cumulative counts refer to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets one activation record per province (level 2, with its assigned target), ordered by province code.</summary>
    public IReadOnlyList<ElectronicIdActivation> Activations { get; }

    /// <summary>Gets each province's source note (a publication, or "Illustrative: …").</summary>
    public IReadOnlyDictionary<Province, string> Sources { get; }

    /// <summary>Gets whether a province's row is illustrative (generated) rather than published.</summary>
    /// <param name="province">The province.</param>
    /// <returns>True for a generated row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    public bool IsIllustrative(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return illustrative.Contains(province);
    }
}
