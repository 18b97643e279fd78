using System.Text.Json;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The direct (fast-path) reader of a <see cref="CriminalCase"/>, registered in <see cref="RecordJson"/>.</summary>
internal static class CriminalCaseJson
{
    /// <summary>Reads a well-formed, valid case directly, or declines (see <see cref="DirectReader{T}"/>).</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out CriminalCase value)
    {
        value = ReadDirect(ref reader)!;
        return value is not null;
    }

    /// <summary>
    /// Reads the record's members in any order straight from the reader: the id is the only string made, the province
    /// is found by its two-digit code, enum names are compared as UTF-8; then <see cref="CriminalCase.Create"/>.
    /// </summary>
    /// <remarks>
    /// Declines (null) an unknown or escaped-date member, a wrong token type, a null required member, a missing member
    /// or an enum name other than the exact camelCase one, a member written twice, and <see cref="CriminalCase.Create"/>
    /// throwing: the wire DTO path then reads the value again and reports it exactly as before.
    /// </remarks>
    private static CriminalCase? ReadDirect(ref Utf8JsonReader reader)
    {
        string? id = null;
        Province? province = null;
        int group = -1, severity = -1, outcome = -1, iccs = -1;
        var hasRecorded = false;
        DateOnly recorded = default;
        DateOnly? occurred = null, outcomeOn = null;
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (id is null || province is null || group < 0 || severity < 0 || outcome < 0 || !hasRecorded)
                {
                    return null;
                }

                return CriminalCase.Create(
                    id,
                    province,
                    (OffenceGroup)group,
                    (Severity)severity,
                    recorded,
                    (CaseOutcome)outcome,
                    outcomeOn,
                    occurred,
                    iccs > 0 ? (IccsSection)iccs : null);
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                return null;
            }

            bool ok;
            if (reader.ValueTextEquals("id"u8))
            {
                seen = DirectJson.Once(seen, 1 << 0);
                ok = reader.Read() && reader.TokenType == JsonTokenType.String;
                id = ok ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("province"u8))
            {
                seen = DirectJson.Once(seen, 1 << 1);
                ok = reader.Read() && reader.TokenType == JsonTokenType.StartObject
                    && (province = ProvinceJson.ReadDirect(ref reader)) is not null;
            }
            else if (reader.ValueTextEquals("offenceGroup"u8))
            {
                seen = DirectJson.Once(seen, 1 << 2);
                ok = reader.Read() && (group = DirectJson.EnumOf<OffenceGroup>(ref reader)) >= 0;
            }
            else if (reader.ValueTextEquals("severity"u8))
            {
                seen = DirectJson.Once(seen, 1 << 3);
                ok = reader.Read() && (severity = DirectJson.EnumOf<Severity>(ref reader)) >= 0;
            }
            else if (reader.ValueTextEquals("recordedOn"u8))
            {
                seen = DirectJson.Once(seen, 1 << 4);
                ok = hasRecorded = reader.Read() && DirectJson.TryDate(ref reader, out recorded);
            }
            else if (reader.ValueTextEquals("outcome"u8))
            {
                seen = DirectJson.Once(seen, 1 << 5);
                ok = reader.Read() && (outcome = DirectJson.EnumOf<CaseOutcome>(ref reader)) >= 0;
            }
            else if (reader.ValueTextEquals("outcomeOn"u8))
            {
                seen = DirectJson.Once(seen, 1 << 6);
                ok = reader.Read() && DirectJson.TryOptionalDate(ref reader, out outcomeOn);
            }
            else if (reader.ValueTextEquals("occurredOn"u8))
            {
                seen = DirectJson.Once(seen, 1 << 7);
                ok = reader.Read() && DirectJson.TryOptionalDate(ref reader, out occurred);
            }
            else if (reader.ValueTextEquals("iccsSection"u8))
            {
                seen = DirectJson.Once(seen, 1 << 8);
                // 0 stands for null: IccsSection starts at 1.
                ok = reader.Read() && (iccs = reader.TokenType == JsonTokenType.Null ? 0 : DirectJson.EnumOf<IccsSection>(ref reader)) >= 0;
            }
            else
            {
                ok = false;
            }

            if (!ok || seen < 0)
            {
                return null;
            }
        }

        return null;
    }
}
