using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// JSON Lines of criminal case records, formatted by hand (string building, not System.Text.Json and not the
/// library), so that generating the input warms neither of the serializers a cold-start benchmark compares.
/// </summary>
internal static class JsonData
{
    // Codes of the 63-unit edition, spelled out so that generating the input does not load the province catalog.
    private static readonly string[] Codes = ["01", "02", "31", "48", "56", "74", "75", "77", "79", "92", "96"];
    private static readonly string[] Groups = ["socialOrder", "drugs", "economicOrder", "corruptionAndPosition", "environmentAndFoodSafety", "other"];
    private static readonly string[] Severities = ["lessSerious", "serious", "verySerious", "especiallySerious"];
    private static readonly string[] Outcomes = ["notCleared", "clearedByArrest", "clearedExceptionally", "unfounded"];

    /// <summary>UTF-8 JSON Lines of <paramref name="count"/> valid case records, one per line, each ending with \n.</summary>
    public static byte[] Lines(int count, int seed)
    {
        var random = new Random(seed);
        var first = new DateTime(2022, 12, 1);
        var text = new StringBuilder(count * 220);
        for (var i = 0; i < count; i++)
        {
            var recorded = first.AddDays(random.Next(380));
            var outcome = random.Next(100) switch
            {
                < 60 => 1,
                < 64 => 2,
                < 67 => 3,
                _ => 0,
            };
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"BD-2023-{i:D7}\",\"province\":{{\"edition\":\"provinces63\",\"code\":\"{Codes[random.Next(Codes.Length)]}\"}},")
                .Append(CultureInfo.InvariantCulture, $"\"offenceGroup\":\"{Groups[random.Next(Groups.Length)]}\",\"severity\":\"{Severities[random.Next(Severities.Length)]}\",")
                .Append(CultureInfo.InvariantCulture, $"\"recordedOn\":\"{recorded:yyyy-MM-dd}\",\"outcome\":\"{Outcomes[outcome]}\"");
            if (outcome != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $",\"outcomeOn\":\"{recorded.AddDays(random.Next(120)):yyyy-MM-dd}\"");
            }

            text.Append("}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
