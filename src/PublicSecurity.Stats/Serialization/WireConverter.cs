using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Reads a value directly from a reader positioned on its start, or declines (returns false).</summary>
/// <typeparam name="T">The value type.</typeparam>
internal delegate bool DirectReader<T>(ref Utf8JsonReader reader, out T value);

/// <summary>
/// The library's one validating converter: reads a validated public type (class or struct) through an internal wire
/// DTO with nullable members, and writes it the same way. Each type is described by two functions — wire to value
/// through the public factory, value to wire — and registered once in <see cref="ModelConverters"/>.
/// </summary>
/// <remarks>
/// DESIGN.md, JSON: a member written twice anywhere in the value is rejected first (<see cref="DuplicateMembers"/>); the wire DTO is read by a source-generated context (the library's <see cref="WireJsonContext"/>); every missing
/// required member is reported together (<see cref="WireMembers.Build{T}"/>); the same validation as the public
/// factory runs; and every <see cref="ArgumentException"/> becomes a <see cref="JsonException"/> naming the member, the
/// rule and the value. The exception leaves <see cref="JsonException.Path"/> empty so that System.Text.Json fills it
/// with the path of the value being read; a fault inside the value (a wrong type, an unknown member, a nested value's
/// rule) keeps its path relative to the value and its line in <see cref="JsonLocation"/>, which <see cref="StatsJson"/>
/// joins into the full path.
/// <para>
/// A type may also have a <see cref="DirectReader{T}"/> for well-formed, valid values (the hot path of JSON Lines): it
/// reads a copy of the reader with no wire DTO and no nested deserializer, and declines anything else, which is then
/// read from the value's start through the wire DTO as above, so every error is reported exactly as before.
/// </para>
/// </remarks>
/// <typeparam name="T">The public type.</typeparam>
/// <typeparam name="TWire">The wire DTO.</typeparam>
internal sealed class WireConverter<T, TWire> : JsonConverter<T>
    where TWire : class
{
    private readonly Func<JsonSerializerContext> wireTypes;
    private readonly Func<TWire, WireMembers, T> read;
    private readonly Func<T, TWire> write;
    private readonly DirectReader<T>? direct;
    private JsonTypeInfo<TWire>? wireInfo;

    public WireConverter(Func<JsonSerializerContext> wireTypes, Func<TWire, WireMembers, T> read, Func<T, TWire> write, DirectReader<T>? direct = null)
    {
        (this.wireTypes, this.read, this.write, this.direct) = (wireTypes, read, write, direct);
    }

    // Resolved on first use: the context's options hold this converter, so it cannot be resolved while they are built.
    private JsonTypeInfo<TWire> WireInfo => wireInfo ??= (JsonTypeInfo<TWire>)wireTypes().GetTypeInfo(typeof(TWire))!;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(T).Name}; found {reader.TokenType}.");
        }

        return direct is not null && TryDirect(ref reader, out var value) ? value : ReadThroughWire(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, write(value), WireInfo);

    // A method of its own: the closure over the wire DTO is then allocated only on this path, never on the direct one.
    private T ReadThroughWire(ref Utf8JsonReader reader)
    {
        // A member written twice anywhere in the value is a fault before anything is read (strict reading).
        DuplicateMembers.ThrowIfAny(ref reader, typeof(T).Name);
        TWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(ref reader, WireInfo);
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            throw JsonLocation.Nest(ex, typeof(T).Name);
        }

        if (wire is null)
        {
            throw new JsonException($"Expected a JSON object for {typeof(T).Name}; found null.");
        }

        return WireMembers.Build(typeof(T).Name, members => read(wire, members));
    }

    // The direct reader handles well-formed, valid values; for anything else it gives up and the value is read again
    // from its start through the wire DTO, so every error keeps exactly its message, path and line.
    private bool TryDirect(ref Utf8JsonReader reader, out T value)
    {
        var probe = reader;
        try
        {
            if (direct!(ref probe, out value))
            {
                reader = probe;
                return true;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            value = default!;
        }

        return false;
    }
}
