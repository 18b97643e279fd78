using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Writes a computed result (a comparison, a ranking, an interval) as JSON; reading one back is not supported,
/// because a result is recomputed from its inputs, never trusted from text (DESIGN.md, JSON).
/// </summary>
/// <remarks>
/// Undefined values are written as <c>null</c>; an unbounded limit is <c>null</c> with a flag; no named float literal
/// (<c>NaN</c>, <c>Infinity</c>) is ever written.
/// </remarks>
internal abstract class WriteOnlyConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(T).Name} is a computed result: it is written to JSON, not read. Recompute it from its inputs.");

    /// <summary>Writes a finite number, or null for <see langword="null"/>.</summary>
    protected static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            if (!double.IsFinite(v))
            {
                throw new InvalidOperationException($"'{name}' is {v}, which JSON cannot hold; the writer must flag it instead.");
            }

            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a number that may be +∞ as null plus a flag "<paramref name="name"/>Unbounded": true.</summary>
    protected static void Unbounded(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            writer.WriteNull(name);
            writer.WriteBoolean(name + "Unbounded", true);
        }
        else
        {
            Number(writer, name, value);
        }
    }

    /// <summary>Writes an interval object {"lower", "upper", "upperUnbounded"}, or null.</summary>
    protected static void IntervalValue(Utf8JsonWriter writer, string name, Interval? interval)
    {
        if (interval is not Interval i)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        Number(writer, "lower", i.Lower);
        if (double.IsPositiveInfinity(i.Upper))
        {
            writer.WriteNull("upper");
            writer.WriteBoolean("upperUnbounded", true);
        }
        else
        {
            Number(writer, "upper", i.Upper);
            writer.WriteBoolean("upperUnbounded", false);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes finite numbers, or null for each <see langword="null"/>, in order.</summary>
    protected static void Numbers(Utf8JsonWriter writer, params ReadOnlySpan<(string Name, double? Value)> members)
    {
        foreach (var (name, value) in members)
        {
            Number(writer, name, value);
        }
    }

    /// <summary>Writes counts, in order.</summary>
    protected static void Counts(Utf8JsonWriter writer, params ReadOnlySpan<(string Name, long Value)> members)
    {
        foreach (var (name, value) in members)
        {
            writer.WriteNumber(name, value);
        }
    }

    /// <summary>Writes flags, in order.</summary>
    protected static void Flags(Utf8JsonWriter writer, params ReadOnlySpan<(string Name, bool Value)> members)
    {
        foreach (var (name, value) in members)
        {
            writer.WriteBoolean(name, value);
        }
    }

    /// <summary>Writes a flag, or null.</summary>
    protected static void Flag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is bool b)
        {
            writer.WriteBoolean(name, b);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an enum as its camelCase name (as the models' enum converters do), or null.</summary>
    protected static void EnumName<TEnum>(Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is TEnum v)
        {
            writer.WriteString(name, JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a date as yyyy-MM-dd, or null.</summary>
    protected static void Date(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is DateOnly d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a nested model through its own converter, or null.</summary>
    protected static void Member<TValue>(Utf8JsonWriter writer, string name, TValue? value, JsonTypeInfo<TValue> info)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, info);
        }
    }
}
