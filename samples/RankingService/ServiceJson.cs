using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Serialization;

namespace RankingService;

/// <summary>The service's JSON: its own context for its shapes, the library's StatsJsonContext for the library's models.</summary>
internal static class ServiceJson
{
    /// <summary>The options of every request and response (also the app's HTTP JSON options, which OpenAPI reads).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// Puts the service's context in the resolver chain and lets <see cref="StatsJson.Configure"/> add the library's
    /// converters and put <see cref="StatsJsonContext"/> first; unknown members are refused; Vietnamese letters and quotes are
    /// written as themselves.
    /// </summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, ServiceJsonContext.Default);
        StatsJson.Configure(options);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    /// <summary>The metadata of a type under <see cref="Options"/> (with the library's converters).</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
