using System.Globalization;
using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Collects the missing required members of one wire DTO, so that a single exception names them all.</summary>
internal sealed class WireMembers
{
    private readonly string typeName;

    /// <summary>Gets the type or list item named in messages, for example "CaseTally.entries[3]".</summary>
    public string Scope => typeName;
    private List<string>? missing;

    public WireMembers(string typeName) => this.typeName = typeName;

    /// <summary>
    /// Builds a value from a wire DTO's members: the builder takes each required member through
    /// <see cref="Required{TValue}"/> or <see cref="RequiredRef{TValue}"/> and calls the public factory. Missing members
    /// are reported first, all together, even when the factory rejects the defaults they stood in for; any other
    /// <see cref="ArgumentException"/> becomes a <see cref="JsonException"/> naming the member, the rule and the value.
    /// </summary>
    /// <param name="scope">The type (or list item, like "CaseTally.entries[3]") named in the messages.</param>
    /// <param name="build">Reads the members and calls the factory.</param>
    public static T Build<T>(string scope, Func<WireMembers, T> build)
    {
        var members = new WireMembers(scope);
        T value;
        try
        {
            value = build(members);
        }
        catch (ArgumentException ex)
        {
            members.ThrowIfMissing();
            throw new JsonException(Describe(scope, ex), ex);
        }

        members.ThrowIfMissing();
        return value;
    }

    /// <summary>Throws when an item that must be unique within its list appears a second time.</summary>
    public static void Unique(bool alreadySeen, string member, string item, string what)
    {
        if (alreadySeen)
        {
            throw new ArgumentException($"Each {what} must appear at most once; {item} appears twice.", member);
        }
    }

    /// <summary>Returns the value of a required member, or records it as missing and returns <c>default</c>.</summary>
    public TValue Required<TValue>(TValue? value, string member)
        where TValue : struct
    {
        if (value is null)
        {
            (missing ??= []).Add(member);
            return default;
        }

        return value.Value;
    }

    /// <summary>Returns the value of a required reference member, or records it as missing and returns <see langword="null"/>.</summary>
    public TValue RequiredRef<TValue>(TValue? value, string member)
        where TValue : class
    {
        if (value is null)
        {
            (missing ??= []).Add(member);
            return null!;
        }

        return value;
    }

    /// <summary>Throws one <see cref="JsonException"/> naming every missing required member, if any.</summary>
    public void ThrowIfMissing()
    {
        if (missing is { Count: > 0 })
        {
            var names = string.Join(", ", missing.Select(m => $"'{m}'"));
            throw new JsonException(missing.Count == 1
                ? $"{typeName}: the required member {names} is missing."
                : string.Create(CultureInfo.InvariantCulture, $"{typeName}: {missing.Count} required members are missing: {names}."));
        }
    }

    /// <summary>
    /// An argument error as a JSON error on a member named explicitly, at that member's path (System.Text.Json fills
    /// the path of the value; the member is joined to it).
    /// </summary>
    /// <param name="typeName">The type named in the message.</param>
    /// <param name="member">The JSON member the rule concerns.</param>
    /// <param name="ex">The rule's exception, kept as the inner exception.</param>
    public static JsonException Invalid(string typeName, string member, ArgumentException ex) =>
        JsonLocation.Inside(Describe(typeName, ex, member), DuplicateMembers.Segment(member), ex);

    /// <summary>Describes an argument error as a JSON error on the member named by its parameter (or by <paramref name="member"/>).</summary>
    public static string Describe(string typeName, ArgumentException ex, string? member = null)
    {
        var message = ex.Message;

        // ArgumentException appends " (Parameter 'x')":
        // the library's own messages already name the value, so keep only the rule sentence.
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        member ??= ex.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : null;
        return member is null
            ? $"{typeName}: {message}"
            : $"{typeName}: invalid member '{member}': {message}";
    }
}
