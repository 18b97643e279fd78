
namespace PublicSecurity.Stats;

/// <summary>A provincial-level unit (tỉnh, thành phố trực thuộc trung ương) of one <see cref="ProvinceEdition"/>.</summary>
/// <remarks>
/// <para>
/// Provinces come only from <see cref="ProvinceCatalog"/> (<see cref="ProvinceCatalog.Find(ProvinceEdition, string)"/>,
/// <see cref="ProvinceCatalog.FindByName(ProvinceEdition, string)"/>, <see cref="ProvinceCatalog.All(ProvinceEdition)"/>),
/// so a province that exists is one of the 63 or 34 official units. Equality is by (<see cref="Edition"/>,
/// <see cref="Code"/>): code 24 of the 63-unit edition (Bắc Giang) and code 24 of the 34-unit edition (Bắc Ninh) are
/// different provinces.
/// </para>
/// <para>
/// Codes and names as spreadsheets, forms and databases write them ("1", 1, " 74 ", "Binh Duong") are read by
/// <see cref="ProvinceCatalog.Parse(ProvinceEdition, string)"/> and <see cref="ProvinceCatalog.Find(ProvinceEdition, int)"/>.
/// </para>
/// <para>
/// In JSON a province is written as <c>{"edition": "provinces63", "code": "74"}</c> and resolved on read. JSON is the
/// library's own format and stays exact: the code is the two-digit string; a number (<c>"code": 74</c>), "1" or a name
/// is refused with a <see cref="System.Text.Json.JsonException"/> naming <c>code</c>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Province : IEquatable<Province>
{
    internal Province(ProvinceEdition edition, string code, string name, string asciiName, Region? region, IReadOnlyList<string> otherNames, int index)
    {
        (Edition, Code, Name, AsciiName, Region, OtherNames, Index) = (edition, code, name, asciiName, region, otherNames, index);
    }

    /// <summary>Gets the edition the unit belongs to.</summary>
    public ProvinceEdition Edition { get; }

    /// <summary>Gets the official two-digit code, for example "74" (unique within the edition only).</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name in Unicode NFC, for example "Bình Dương" or "Bà Rịa - Vũng Tàu", without "Tỉnh" or "Thành phố".</summary>
    public string Name { get; }

    /// <summary>Gets the name without diacritics, for example "Binh Duong".</summary>
    public string AsciiName { get; }

    /// <summary>
    /// Gets the geographic region, or <see langword="null"/> for a unit of the 34-unit edition whose predecessors lie in
    /// several regions (7 of the 34 units).
    /// </summary>
    public Region? Region { get; }

    /// <summary>Gets other Vietnamese names under which the unit is found by name, for example "Huế" for Thừa Thiên Huế.</summary>
    /// <remarks>
    /// Thừa Thiên Huế (46) became the centrally governed city of Huế on 01/01/2025, inside the 63-unit edition; both
    /// names find code 46 in both editions. The list is empty for most units.
    /// </remarks>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>Gets the position of the unit in <see cref="ProvinceCatalog.All(ProvinceEdition)"/> (ordered by code).</summary>
    internal int Index { get; }

    /// <summary>Gets the name, code and edition, for example "Bình Dương (74, 63-unit edition)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Code}, {EditionLabel(Edition)})";

    /// <inheritdoc/>
    public bool Equals(Province? other) =>
        other is not null && other.Edition == Edition && string.Equals(other.Code, Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Province);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Equality of edition and code.</summary>
    /// <param name="left">The first province.</param>
    /// <param name="right">The second province.</param>
    /// <returns>Whether both are null or both have the same edition and code.</returns>
    public static bool operator ==(Province? left, Province? right) => Equals(left, right);

    /// <summary>Inequality of edition or code.</summary>
    /// <param name="left">The first province.</param>
    /// <param name="right">The second province.</param>
    /// <returns>Whether the provinces differ.</returns>
    public static bool operator !=(Province? left, Province? right) => !Equals(left, right);

    internal static string EditionLabel(ProvinceEdition edition) =>
        edition == ProvinceEdition.Provinces34 ? "34-unit edition" : "63-unit edition";
}
