using System.Text.Json;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Writes a <see cref="TauSet"/>: tau, direction, level, draws, seed and, per unit, its bound and membership.</summary>
internal sealed class TauSetJsonConverter : WriteOnlyConverter<TauSet>
{
    public override void Write(Utf8JsonWriter writer, TauSet value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("direction", value.Best ? "best" : "worst");
        writer.WriteNumber("tau", value.Tau);
        Numbers(writer, ("level", value.Sets.Level));
        writer.WriteNumber("draws", value.Sets.Draws);
        writer.WriteNumber("seed", value.Sets.Seed);
        Flags(writer, ("stepDown", value.Sets.StepDown), ("higherIsBetter", value.Sets.HigherIsBetter));
        writer.WriteStartArray("units");
        for (var j = 0; j < value.RankBounds.Count; j++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", j);
            writer.WriteNumber("estimatedRank", value.Sets.EstimatedRanks[j]);
            writer.WriteNumber("rankBound", value.RankBounds[j]);
            writer.WriteBoolean("inSet", value.Contains(j));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
