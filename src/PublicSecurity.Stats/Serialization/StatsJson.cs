using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Reads and writes the library's models as JSON through <see cref="StatsJsonContext"/>.</summary>
/// <remarks>
/// <para>
/// Output is UTF-8 JSON with camelCase names; Vietnamese letters are written as themselves (only characters that
/// are unsafe in HTML are escaped). Reading is strict: unknown members, missing required members, wrong types and
/// values that break a rule of the model throw <see cref="JsonException"/>, whose message ends with the JSON path,
/// line and byte position of the fault, for example <c>… Path: $.period, line 3, position 4.</c>.
/// Nothing half-built is ever returned. A member written twice in one object is an error too (never "the last one
/// wins"), and an enum is only the exact camelCase name of one of its members.
/// </para>
/// <para>
/// A byte order mark at the very start of a document is skipped by every overload alike: U+FEFF at the start of the
/// text, and the UTF-8 bytes EF BB BF at the start of the bytes or of the stream. One mark only, and only first: a
/// second one, or one after white space, is malformed JSON.
/// </para>
/// <para>All members are thread-safe and AOT-compatible: type metadata comes from the source-generated context.</para>
/// </remarks>
public static class StatsJson
{
    /// <summary>The UTF-8 byte order mark, which every overload of <c>Deserialize</c> skips at the start of a document.</summary>
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    internal static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>Writes a model as JSON.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent (two spaces, one member per line).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a type <see cref="StatsJsonContext"/> serves (for example <see cref="object"/>, a primitive or an unregistered collection).</exception>
    public static string Serialize<T>(T value, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, TypeInfo<T>(indented ? Indented : Compact));
    }

    /// <summary>Reads a model from JSON text; a leading U+FEFF (byte order mark) is skipped.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a type <see cref="StatsJsonContext"/> serves (for example <see cref="object"/>, a primitive or an unregistered collection).</exception>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c>, or breaks a rule of the model; the message gives the path and line.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Located<string, T>(json, static (text, info) => JsonSerializer.Deserialize(text.AsSpan(text.StartsWith('\uFEFF') ? 1 : 0), info));
    }

    /// <summary>Reads a model from a UTF-8 JSON stream; a leading UTF-8 byte order mark is skipped.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>.</typeparam>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <returns>The model, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a type <see cref="StatsJsonContext"/> serves (for example <see cref="object"/>, a primitive or an unregistered collection).</exception>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c>, or breaks a rule of the model; the message gives the path and line.</exception>
    public static T Deserialize<T>(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Located<Stream, T>(utf8Json, static (stream, info) => JsonSerializer.Deserialize(stream, info));
    }

    /// <summary>Reads a model from UTF-8 JSON bytes; a leading UTF-8 byte order mark is skipped, as the text and stream overloads skip it.</summary>
    /// <typeparam name="T">A model type registered in <see cref="StatsJsonContext"/>.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The model, validated.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a type <see cref="StatsJsonContext"/> serves (for example <see cref="object"/>, a primitive or an unregistered collection).</exception>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c>, or breaks a rule of the model; the message gives the path and line.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
    {
        var info = TypeInfo<T>(Compact);
        try
        {
            return JsonSerializer.Deserialize(utf8Json.StartsWith(Utf8Bom) ? utf8Json[Utf8Bom.Length..] : utf8Json, info) ?? throw NullDocument<T>();
        }
        catch (JsonException ex)
        {
            throw WithLocation(ex);
        }
    }

    /// <summary>
    /// Prepares options the caller owns (an ASP.NET Core app's, or options combining other resolvers) to read and write
    /// the library's models as <see cref="StatsJson"/> does: adds the models' validating converters and puts
    /// <see cref="StatsJsonContext"/> first in the resolver chain. Calling it again changes nothing.
    /// </summary>
    /// <remarks>
    /// The converters are registered with the source-generated context, not by attributes on the models (so that the
    /// models never depend on Serialization). Options built from <c>StatsJsonContext.Default.Options</c> (or copied from
    /// them) already have them; other options need this call, for example
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; StatsJson.Configure(o.SerializerOptions))</c>. Without it,
    /// <see cref="StatsJsonContext"/> alone in foreign options would write models member by member and could not read them.
    /// </remarks>
    /// <param name="options">The options, not yet used (System.Text.Json locks options on first use).</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only: they have been used or locked.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options must not be read-only (used or locked) to be configured; they were.");
        }

        if (!options.Converters.Any(c => c is ModelConverters))
        {
            options.Converters.Add(new ModelConverters());
        }

        if (!options.TypeInfoResolverChain.Contains(StatsJsonContext.Default))
        {
            options.TypeInfoResolverChain.Insert(0, StatsJsonContext.Default);
        }

        return options;
    }

    /// <summary>
    /// The metadata of a type the context serves: a model with one of the library's converters, or a type the context
    /// describes member by member. Anything else — <see cref="object"/> (which System.Text.Json would write as
    /// <c>{}</c> and could not read), a primitive, a collection not registered — is an <see cref="ArgumentException"/>.
    /// </summary>
    internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options)
    {
        if (!options.TryGetTypeInfo(typeof(T), out var info) || info is not JsonTypeInfo<T> typed
            || (info.Kind == JsonTypeInfoKind.None && !ModelConverters.Serves(typeof(T))))
        {
            throw new ArgumentException(
                $"The type {typeof(T).FullName} is not a model registered in StatsJsonContext.", nameof(T));
        }

        return typed;
    }

    internal static JsonException WithLocation(JsonException ex)
    {
        var (path, line, position) = JsonLocation.Resolve(ex);
        return new JsonException(JsonLocation.Describe(ex), path, line, position, ex);
    }

    /// <summary>Reads a document; a fault's message gets its full path and line, and a null document is a fault.</summary>
    private static T Located<TSource, T>(TSource source, Func<TSource, JsonTypeInfo<T>, T?> read)
    {
        var info = TypeInfo<T>(Compact);
        try
        {
            return read(source, info) ?? throw NullDocument<T>();
        }
        catch (JsonException ex)
        {
            throw WithLocation(ex);
        }
    }

    private static JsonException NullDocument<T>() =>
        new($"Expected a JSON object for {typeof(T).Name}; the document is null.", "$", 0, 0);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(StatsJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
        };
        options.MakeReadOnly();
        return options;
    }
}
