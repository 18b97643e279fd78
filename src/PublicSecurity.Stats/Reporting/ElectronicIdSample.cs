using PublicSecurity.Stats.Text;
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

    private readonly string vietnameseDescription;

    internal ElectronicIdSample(string description, string vietnameseDescription, DateOnly asOf, IReadOnlyList<ElectronicIdActivation> activations, HashSet<Province> illustrative, IReadOnlyDictionary<Province, string> sources)
    {
        (Description, this.vietnameseDescription, AsOf, Activations, this.illustrative, Sources) = (description, vietnameseDescription, asOf, activations, illustrative, sources);
    }

    /// <summary>Gets what the data are and where they come from, in English (<see cref="GetDescription"/> gives either language).</summary>
    public string Description { get; }

    /// <summary>Gets the date the cumulative counts refer to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets one activation record per province (level 2, with its assigned target), ordered by province code.</summary>
    public IReadOnlyList<ElectronicIdActivation> Activations { get; }

    /// <summary>Gets each province's source note (a publication, or "Illustrative: …").</summary>
    public IReadOnlyDictionary<Province, string> Sources { get; }

    /// <summary>Gets what the data are and where they come from, in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetDescription(Language language) => Cells.Lang(language, Description, vietnameseDescription);

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
