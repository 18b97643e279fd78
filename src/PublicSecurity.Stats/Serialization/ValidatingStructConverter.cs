using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// The <see cref="ValidatingConverter{T, TWire}"/> pattern for a validated <c>readonly struct</c>: reads an internal
/// wire DTO, reports missing members, runs the public factory and turns its <see cref="ArgumentException"/> into a
/// <see cref="JsonException"/> naming the member, the rule and the value, with the path left for System.Text.Json to fill.
/// </summary>
/// <typeparam name="T">The public struct.</typeparam>
/// <typeparam name="TWire">The wire DTO.</typeparam>
internal abstract class ValidatingStructConverter<T, TWire> : JsonConverter<T>
    where T : struct
    where TWire : class
{
    protected abstract JsonTypeInfo<TWire> WireTypeInfo { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(T).Name}; found {reader.TokenType}.");
        }

        TWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(ref reader, WireTypeInfo);
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            throw JsonLocation.Nest(ex, typeof(T).Name);
        }

        if (wire is null)
        {
            throw new JsonException($"Expected a JSON object for {typeof(T).Name}; found null.");
        }

        var members = new WireMembers(typeof(T).Name);
        try
        {
            return FromWire(wire, members);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(WireMembers.Describe(typeof(T).Name, ex), ex);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, ToWire(value), WireTypeInfo);

    /// <summary>Validates the wire DTO and builds the public value; throws <see cref="ArgumentException"/> or <see cref="JsonException"/>.</summary>
    protected abstract T FromWire(TWire wire, WireMembers members);

    protected abstract TWire ToWire(T value);
}
