using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes and reads an enum as the exact camelCase name of one of its members; anything else is rejected.</summary>
/// <remarks>
/// Registered once per public enum in <see cref="ModelConverters"/> (not by attributes on the enums), so every
/// options made from the contexts or through <see cref="StatsJson.Configure"/> agree. Reading accepts only a JSON
/// string equal (after unescaping) to one member's camelCase name: no case folding (<c>"SERIOUS"</c>), no
/// comma-separated flag lists (<c>"serious, verySerious"</c>), no spaces, no integers or numeric strings. Anything
/// else throws a <see cref="JsonException"/> naming the enum, the value and the allowed names, whose path System.Text.Json
/// fills. Writing accepts only a named member. It is AOT-safe: the generic argument is closed at compile time.
/// </remarks>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadName(ref reader);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EnumNames<TEnum>.Utf8[IndexOf(value)]);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadName(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(EnumNames<TEnum>.Utf8[IndexOf(value)]);

    private static TEnum ReadName(ref Utf8JsonReader reader)
    {
        var index = EnumNames<TEnum>.IndexOf(ref reader);
        if (index >= 0)
        {
            return EnumNames<TEnum>.Values[index];
        }

        var found = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            ? $"it was '{reader.GetString()}'"
            : $"it was a JSON {reader.TokenType}";
        throw new JsonException(
            $"A {typeof(TEnum).Name} must be one of the names {EnumNames<TEnum>.List} (exactly, as written; no case variants, flag lists or numbers); {found}.");
    }

    private static int IndexOf(TEnum value)
    {
        var index = Array.IndexOf(EnumNames<TEnum>.Values, value);
        return index >= 0
            ? index
            : throw new JsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"A {typeof(TEnum).Name} is written as one of its names {EnumNames<TEnum>.List}; the value {Convert.ToInt64(value, CultureInfo.InvariantCulture)} is none of them."));
    }
}

/// <summary>The exact camelCase names of an enum's members (UTF-8) and their values, computed once.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The members' values, in declaration order.</summary>
    public static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    /// <summary>The camelCase UTF-8 name of each of <see cref="Values"/>.</summary>
    public static readonly byte[][] Utf8 = [.. Values.Select(v => Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))];

    /// <summary>Each of <see cref="Values"/> as an <see cref="int"/>, for the direct readers (no boxing on their path).</summary>
    public static readonly int[] Numbers = [.. Values.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))];

    /// <summary>The names for messages: <c>'a', 'b', 'c'</c>.</summary>
    public static readonly string List = string.Join(", ", Utf8.Select(n => $"'{Encoding.UTF8.GetString(n)}'"));

    /// <summary>The index of the member whose exact name the reader's string token is (unescaped); −1 for anything else.</summary>
    public static int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            return -1;
        }

        for (var i = 0; i < Utf8.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
