using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="Province"/>: its edition and code.</summary>
internal sealed class ProvinceWire
{
    public ProvinceEdition? Edition { get; set; }

    public string? Code { get; set; }
}

/// <summary>Writes a <see cref="Province"/> as <c>{"edition", "code"}</c> and resolves it in <see cref="ProvinceCatalog"/> on read.</summary>
internal sealed class ProvinceJsonConverter : ValidatingConverter<Province, ProvinceWire>
{
    protected override JsonTypeInfo<ProvinceWire> WireTypeInfo => WireJsonContext.Default.ProvinceWire;

    protected override Province FromWire(ProvinceWire wire, WireMembers members)
    {
        var edition = members.Required(wire.Edition, "edition");
        var code = members.RequiredRef(wire.Code, "code");
        members.ThrowIfMissing();
        return ProvinceCatalog.Find(edition, code);
    }

    protected override ProvinceWire ToWire(Province value) => new() { Edition = value.Edition, Code = value.Code };
}
