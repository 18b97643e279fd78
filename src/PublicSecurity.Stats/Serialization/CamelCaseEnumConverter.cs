using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes and reads an enum as its camelCase name; integers and unknown names are rejected.</summary>
/// <remarks>
/// Registered once per public enum in <see cref="ModelConverters"/> (not by attributes on the enums), so every
/// options made from the contexts or through <see cref="StatsJson.Configure"/> agree. It is AOT-safe: the generic
/// argument is closed at compile time.
/// </remarks>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
