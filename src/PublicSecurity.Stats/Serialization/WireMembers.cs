using System.Globalization;
using System.Text.Json;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Collects the missing required members of one wire DTO, so that a single exception names them all.</summary>
internal sealed class WireMembers
{
    private readonly string typeName;
    private List<string>? missing;

    public WireMembers(string typeName) => this.typeName = typeName;

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

    /// <summary>Describes an argument error as a JSON error on the member named by its parameter.</summary>
    public static string Describe(string typeName, ArgumentException ex)
    {
        var message = ex.Message;

        // ArgumentException appends " (Parameter 'x')" and ArgumentOutOfRangeException "Actual value was v.":
        // the library's own messages already name the value, so keep only the rule sentence.
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var member = ex.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : null;
        return member is null
            ? $"{typeName}: {message}"
            : $"{typeName}: invalid member '{member}': {message}";
    }
}
