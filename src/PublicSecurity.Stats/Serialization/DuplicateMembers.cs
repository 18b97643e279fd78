using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Rejects a JSON object that writes one member twice, at any depth of a value (strict reading: no "last one wins").</summary>
/// <remarks>
/// System.Text.Json's source-generated readers of .NET 8 keep the last of two equal members, and the option that
/// refuses them exists only from .NET 9 on; so the validating converters check every object of the value they read
/// themselves, on .NET 8 and .NET 10 alike, before reading its wire DTO. Names are compared unescaped and exactly
/// (a member differing in case is an unknown member, rejected as such).
/// </remarks>
internal static class DuplicateMembers
{
    /// <summary>Throws a <see cref="JsonException"/> when an object of the value at the reader has a member twice.</summary>
    /// <param name="reader">The reader on the value's first token; on a fault it is left on the repeated member's name, so the fault's line and position are the repeated member's.</param>
    /// <param name="typeName">The type read, named in the message.</param>
    public static void ThrowIfAny(ref Utf8JsonReader reader, string typeName)
    {
        var scan = reader;
        if (!Find(ref scan, out var container, out var name, out var tokens))
        {
            return;
        }

        for (var i = 0; i < tokens; i++)
        {
            reader.Read();
        }

        throw Repeated(typeName + container, name, container + Segment(name));
    }

    /// <summary>The fault of a member written twice; its path is filled by System.Text.Json plus <paramref name="relativePath"/>.</summary>
    /// <param name="scope">The type, or the object inside it, named in the message (<c>CaseTally.entries[0]</c>).</param>
    /// <param name="name">The member.</param>
    /// <param name="relativePath">The member's path inside the value being read (<c>.entries[0].province</c>).</param>
    public static JsonException Repeated(string scope, string name, string relativePath) => JsonLocation.Inside(
        $"{scope}: the member '{name}' appears twice; each member must appear at most once.", relativePath);

    /// <summary>The path segment of a member, as System.Text.Json writes it.</summary>
    public static string Segment(string name) =>
        name.AsSpan().ContainsAnyExcept(Plain) ? $"['{name}']" : "." + name;

    private static readonly System.Buffers.SearchValues<char> Plain =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static bool Find(ref Utf8JsonReader reader, out string container, out string name, out int tokens)
    {
        // One list of the names of every open object, and for each open container where its names start (−1 for an
        // array) and, for the path, its current member or index.
        var names = new List<string>();
        var frames = new List<(int Start, int Index, string? Member)>();
        tokens = 0;
        var depth = reader.CurrentDepth;
        var token = reader.TokenType;
        while (true)
        {
            switch (token)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    Count(frames);
                    frames.Add((token == JsonTokenType.StartObject ? names.Count : -1, -1, null));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var start = frames[^1].Start;
                    if (start >= 0)
                    {
                        names.RemoveRange(start, names.Count - start);
                    }

                    frames.RemoveAt(frames.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    var member = reader.GetString()!;
                    var from = frames[^1].Start;
                    if (names.IndexOf(member, from) >= 0)
                    {
                        container = PathOf(frames);
                        name = member;
                        return true;
                    }

                    names.Add(member);
                    frames[^1] = (from, -1, member);
                    break;
                default:
                    Count(frames);
                    break;
            }

            if (reader.CurrentDepth == depth && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName))
            {
                container = name = string.Empty;
                return false;
            }

            if (!reader.Read())
            {
                container = name = string.Empty;
                return false;
            }

            token = reader.TokenType;
            tokens++;
        }
    }

    private static void Count(List<(int Start, int Index, string? Member)> frames)
    {
        if (frames.Count > 0 && frames[^1].Start < 0)
        {
            frames[^1] = (-1, frames[^1].Index + 1, null);
        }
    }

    // The path of the innermost object inside the value: each enclosing container adds its current member or index.
    private static string PathOf(List<(int Start, int Index, string? Member)> frames)
    {
        var path = new StringBuilder();
        for (var i = 0; i < frames.Count - 1; i++)
        {
            path.Append(frames[i].Start < 0 ? "[" + frames[i].Index.ToString(CultureInfo.InvariantCulture) + "]" : Segment(frames[i].Member!));
        }

        return path.ToString();
    }
}
