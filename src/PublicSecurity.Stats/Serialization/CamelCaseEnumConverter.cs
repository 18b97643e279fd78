using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes and reads an enum as its camelCase name; integers and unknown names are rejected.</summary>
/// <remarks>
/// Registered with <c>[JsonConverter]</c> on each public enum, so the source-generated context and any
/// caller's options agree without configuration. It is AOT-safe: the generic argument is closed at compile time.
/// </remarks>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
