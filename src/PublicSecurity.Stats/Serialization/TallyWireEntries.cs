using System.Globalization;
using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Validates the entries of a tally's wire form one by one, naming the entry in every error.</summary>
internal static class TallyWireEntries
{
    /// <summary>Throws when an item that must be unique within its list appears a second time.</summary>
    public static void Unique(bool alreadySeen, string member, string item, string what)
    {
        if (alreadySeen)
        {
            throw new ArgumentException($"Each {what} must appear at most once; {item} appears twice.", member);
        }
    }

    /// <summary>
    /// Reads entry <paramref name="index"/> of a tally: missing members and rule violations become a
    /// <see cref="JsonException"/> whose message starts with "<c>Tally.entries[i]</c>" and names the member.
    /// </summary>
    public static T Read<T>(string typeName, string list, int index, Func<WireMembers, T> read)
    {
        var scope = string.Create(CultureInfo.InvariantCulture, $"{typeName}.{list}[{index}]");
        var members = new WireMembers(scope);
        try
        {
            return read(members);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(WireMembers.Describe(scope, ex), ex);
        }
    }
}
