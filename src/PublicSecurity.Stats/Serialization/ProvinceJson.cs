using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

internal static class ProvinceJson
{
    /// <summary>Reads <c>{"edition": "provinces63" or "provinces34", "code": "dd"}</c> (in any order) with the reader on its start.</summary>
    /// <remarks>Allocates nothing: the code is read as a number from its UTF-8 bytes and indexes the catalogue.</remarks>
    /// <returns>The unit; null for anything else, a member written twice included (the wire DTO path then reads or rejects it).</returns>
    internal static Province? ReadDirect(ref Utf8JsonReader reader)
    {
        var edition = -1;
        var code = -1;
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return edition >= 0 && code >= 0 ? ProvinceCatalog.FindByNumber((ProvinceEdition)edition, code) : null;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                return null;
            }

            if (reader.ValueTextEquals("edition"u8))
            {
                if ((seen = DirectJson.Once(seen, 1)) < 0 || !reader.Read() || (edition = DirectJson.EnumOf<ProvinceEdition>(ref reader)) < 0)
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                if ((seen = DirectJson.Once(seen, 2)) < 0 || !reader.Read() || (code = DirectJson.TwoDigitCode(ref reader)) < 0)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reads a well-formed province directly, or declines (see <see cref="DirectReader{T}"/>).</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out Province value)
    {
        value = ReadDirect(ref reader)!;
        return value is not null;
    }
}
