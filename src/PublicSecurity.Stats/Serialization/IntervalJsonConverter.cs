using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Writes an <see cref="Interval"/> as <c>{"lower": x, "upper": y}</c>, or <c>{"lower": x, "upper": null,
/// "upperUnbounded": true}</c> when the upper limit is +∞, so that no named float literal ever appears; reads the
/// same shape back through <see cref="Interval.Create"/>.
/// </summary>
/// <remarks>
/// Intervals are computed results and are normally only written; reading is strict all the same: unknown members,
/// a missing limit, a null upper limit without <c>"upperUnbounded": true</c> (or the flag with a number) and limits
/// that break <see cref="Interval.Create"/>'s rules throw <see cref="JsonException"/> naming the member and the rule.
/// </remarks>
internal sealed class IntervalJsonConverter : JsonConverter<Interval>
{
    private const string TypeName = nameof(Interval);

    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {TypeName}; found {reader.TokenType}.");
        }

        double? lower = null;
        double? upper = null;
        var upperSeen = false;
        bool? unbounded = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var bit = name switch { "lower" => 1, "upper" => 2, "upperUnbounded" => 4, _ => 0 };
            if ((seen & bit) != 0)
            {
                throw DuplicateMembers.Repeated(TypeName, name, DuplicateMembers.Segment(name));
            }

            seen |= bit;
            reader.Read();
            switch (name)
            {
                case "lower":
                    lower = Number(ref reader, "lower");
                    break;
                case "upper":
                    upperSeen = true;
                    upper = reader.TokenType == JsonTokenType.Null ? null : Number(ref reader, "upper");
                    break;
                case "upperUnbounded":
                    unbounded = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw new JsonException($"{TypeName}: the member 'upperUnbounded' must be true or false; found {reader.TokenType}."),
                    };
                    break;
                default:
                    throw new JsonException($"{TypeName}: the member '{name}' is not known; the members are 'lower', 'upper' and 'upperUnbounded'.");
            }
        }

        var members = new WireMembers(TypeName);
        var lowerValue = members.Required(lower, "lower");
        if (!upperSeen)
        {
            members.Required<double>(null, "upper");
        }

        members.ThrowIfMissing();
        double upperValue;
        if (upper is null)
        {
            if (unbounded != true)
            {
                throw new JsonException(
                    $"{TypeName}: the member 'upper' is null, which means an unbounded upper limit only together with \"upperUnbounded\": true.");
            }

            upperValue = double.PositiveInfinity;
        }
        else
        {
            if (unbounded == true)
            {
                throw new JsonException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{TypeName}: \"upperUnbounded\" is true, so the member 'upper' must be null; it was {upper.Value:R}."));
            }

            upperValue = upper.Value;
        }

        try
        {
            return Interval.Create(lowerValue, upperValue);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(WireMembers.Describe(TypeName, ex), ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lower", value.Lower);
        if (value.IsUpperUnbounded)
        {
            writer.WriteNull("upper");
            writer.WriteBoolean("upperUnbounded", true);
        }
        else
        {
            writer.WriteNumber("upper", value.Upper);
        }

        writer.WriteEndObject();
    }

    private static double Number(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"{TypeName}: the member '{member}' must be a number; found {reader.TokenType}.");
        }

        return reader.GetDouble();
    }
}
