using System.Text.RegularExpressions;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>
/// The colours rendered output may use: text and axes take the page's colour (<c>currentColor</c>); series use four
/// colours of Okabe and Ito's colour-blind-safe palette, typed here from the palette's definition (Okabe &amp; Ito 2008,
/// "Color Universal Design"), not from the code.
/// </summary>
public static partial class ChartColours
{
    private static readonly HashSet<string> OkabeIto = new(StringComparer.OrdinalIgnoreCase) { "#0072B2", "#D55E00", "#009E73", "#CC79A7" };

    /// <summary>Fails when the output has a colour outside the palette, or a named, rgb() or hsl() colour.</summary>
    public static void AssertOnlyPalette(string output)
    {
        Assert.DoesNotMatch(NamedOrFunctional(), output);
        foreach (Match hex in Hex().Matches(output))
        {
            Assert.Contains(hex.Value, OkabeIto);
        }
    }

    [GeneratedRegex(@"#[0-9a-fA-F]{3,8}\b")]
    private static partial Regex Hex();

    [GeneratedRegex(@"\brgba?\(|\bhsla?\(|\b(?:color|fill|stroke|background)\s*[:=]\s*""?(?:red|blue|green|black|white|gray|grey|orange|yellow|purple)\b")]
    private static partial Regex NamedOrFunctional();
}
