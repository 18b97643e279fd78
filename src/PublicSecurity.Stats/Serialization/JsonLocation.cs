using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PublicSecurity.Stats.Serialization;

/// <summary>Carries the location of a fault found inside a value read by a validating converter.</summary>
/// <remarks>
/// A validating converter reads its wire DTO with a nested deserializer, whose paths start at the value, not at the
/// document. The converter re-throws the fault with an empty path (System.Text.Json then fills in where the value
/// is) and keeps the inner path and line in <see cref="Exception.Data"/>; <see cref="StatsJson"/> joins both.
/// </remarks>
internal static partial class JsonLocation
{
    private const string RelativePathKey = "PublicSecurity.Stats.RelativePath";
    private const string LineKey = "PublicSecurity.Stats.Line";
    private const string PositionKey = "PublicSecurity.Stats.Position";

    /// <summary>Re-throws a fault from inside a value with an empty path and its inner location kept.</summary>
    public static JsonException Nest(JsonException inner, string typeName)
    {
        var relative = RelativeOf(inner);
        var message = Clean(inner.Message);
        if (relative.Length > 0 && !message.Contains("member '", StringComparison.Ordinal))
        {
            message = $"{typeName}{relative}: {message}";
        }

        var nested = new JsonException(message, inner);
        nested.Data[RelativePathKey] = relative;
        nested.Data[LineKey] = inner.Data[LineKey] ?? inner.LineNumber;
        nested.Data[PositionKey] = inner.Data[PositionKey] ?? inner.BytePositionInLine;
        return nested;
    }

    /// <summary>
    /// A fault at a member inside the value being read: System.Text.Json fills the path of the value (and the line and
    /// position of the reader), and <paramref name="relativePath"/> is joined to it, as for a nested fault.
    /// </summary>
    /// <param name="message">The message, naming the member.</param>
    /// <param name="relativePath">The member's path inside the value, for example <c>.cutoffDay</c>.</param>
    /// <param name="inner">The exception that caused it, if any.</param>
    public static JsonException Inside(string message, string relativePath, Exception? inner = null)
    {
        var ex = new JsonException(message, inner);
        ex.Data[RelativePathKey] = relativePath;
        return ex;
    }

    /// <summary>Gets the full path and line of a fault: the path System.Text.Json filled plus the inner path.</summary>
    public static (string Path, long? Line, long? Position) Resolve(JsonException ex)
    {
        var path = (ex.Path ?? "$") + (ex.Data[RelativePathKey] as string ?? string.Empty);
        var line = ex.Data[LineKey] as long? ?? ex.LineNumber;
        var position = ex.Data[PositionKey] as long? ?? ex.BytePositionInLine;
        return (path, line, position);
    }

    /// <summary>Removes System.Text.Json's own location suffix and the names of internal wire types from a message.</summary>
    public static string Clean(string message)
    {
        message = StjLocation().Replace(message, string.Empty);
        message = NullableOf().Replace(message, "$1");
        message = WireType().Replace(message, "$1");
        return message;
    }

    public static string Describe(JsonException ex)
    {
        var (path, line, position) = Resolve(ex);
        var l = line is long n ? (n + 1).ToString(CultureInfo.InvariantCulture) : "?";
        var p = position is long b ? (b + 1).ToString(CultureInfo.InvariantCulture) : "?";
        return $"{Clean(ex.Message)} Path: {path}, line {l}, position {p}.";
    }

    private static string RelativeOf(JsonException inner)
    {
        var own = inner.Path is { Length: > 1 } p ? p[1..] : string.Empty;
        return own + (inner.Data[RelativePathKey] as string ?? string.Empty);
    }

    [GeneratedRegex(@" ?Path: \S* \| LineNumber: \d+ \| BytePositionInLine: \d+\.")]
    private static partial Regex StjLocation();

    [GeneratedRegex(@"System\.Nullable`1\[(?:[\w]+\.)*(\w+)\]")]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"(?:PublicSecurity\.Stats\.(?:\w+\.)*)?(\w+?)Wire\b")]
    private static partial Regex WireType();
}
