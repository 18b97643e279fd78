using System.Text.Json;
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

    /// <summary>Reads <c>{"edition": "provinces63" or "provinces34", "code": "dd"}</c> (in any order) with the reader on its start.</summary>
    /// <remarks>Allocates nothing: the code is read as a number from its UTF-8 bytes and indexes the catalogue.</remarks>
    /// <returns>The unit; null for anything else (the wire DTO path then reads or rejects it).</returns>
    internal static Province? ReadDirect(ref Utf8JsonReader reader)
    {
        var edition = -1;
        var code = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return edition >= 0 && code >= 0 ? ProvinceCatalog.FindByNumber((ProvinceEdition)edition, code) : null;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                return null;
            }

            if (reader.ValueTextEquals("edition"u8))
            {
                if (!reader.Read() || (edition = Edition(ref reader)) < 0)
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                if (!reader.Read() || (code = DirectJson.TwoDigitCode(ref reader)) < 0)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    protected override Province? TryReadDirect(ref Utf8JsonReader reader) => ReadDirect(ref reader);

    protected override ProvinceWire ToWire(Province value) => new() { Edition = value.Edition, Code = value.Code };

    private static int Edition(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.String ? -1
        : reader.ValueTextEquals("provinces63"u8) ? (int)ProvinceEdition.Provinces63
        : reader.ValueTextEquals("provinces34"u8) ? (int)ProvinceEdition.Provinces34
        : -1;
}
