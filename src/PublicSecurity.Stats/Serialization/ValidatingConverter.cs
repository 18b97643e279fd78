using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Reads a validated public type through an internal wire DTO with nullable members, and writes it the same way.
/// </summary>
/// <remarks>
/// DESIGN.md, JSON: the wire DTO is read by the source-generated <see cref="WireJsonContext"/>; every missing
/// required member is reported together; the same validation as the public factory runs; and every
/// <see cref="ArgumentException"/> becomes a <see cref="JsonException"/> naming the member, the rule and the value.
/// The exception leaves <see cref="JsonException.Path"/> empty so that System.Text.Json fills it with the path of
/// the value being read; a fault inside the value (a wrong type, an unknown member, a nested value's rule) keeps its
/// path relative to the value and its line in <see cref="JsonLocation"/>, which <see cref="StatsJson"/> joins into
/// the full path.
/// <para>
/// A converter may also read well-formed, valid values directly from the reader (<see cref="TryReadDirect"/>), with no
/// wire DTO and no nested deserializer: the hot path of JSON Lines. It reads a copy of the reader and declines anything
/// else, which is then read from the value's start through the wire DTO as above, so every error is reported as before.
/// </para>
/// </remarks>
/// <typeparam name="T">The public type.</typeparam>
/// <typeparam name="TWire">The wire DTO.</typeparam>
internal abstract class ValidatingConverter<T, TWire> : JsonConverter<T>
    where T : class
    where TWire : class
{
    protected abstract JsonTypeInfo<TWire> WireTypeInfo { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(T).Name}; found {reader.TokenType}.");
        }

        // The direct reader handles well-formed, valid values; for anything else it gives up and the value is read
        // again from its start through the wire DTO, so every error keeps exactly its message, path and line.
        var probe = reader;
        T? direct;
        try
        {
            direct = TryReadDirect(ref probe);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            direct = null;
        }

        if (direct is not null)
        {
            reader = probe;
            return direct;
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

    /// <summary>
    /// Reads the value directly from the reader, positioned on its <see cref="JsonTokenType.StartObject"/>, when it is
    /// well-formed and valid, leaving the reader on its <see cref="JsonTokenType.EndObject"/>; returns
    /// <see langword="null"/> (or throws) for anything else, and the value is then read through the wire DTO instead.
    /// </summary>
    /// <remarks>
    /// An override must accept exactly what the wire DTO path accepts, with the same result, and may decline (return
    /// <see langword="null"/>) anything it does not handle: the reader it advances is a copy, so declining costs only time.
    /// </remarks>
    protected virtual T? TryReadDirect(ref Utf8JsonReader reader) => null;

    /// <summary>Validates the wire DTO and builds the public value; throws <see cref="ArgumentException"/> or <see cref="JsonException"/>.</summary>
    protected abstract T FromWire(TWire wire, WireMembers members);

    protected abstract TWire ToWire(T value);
}
