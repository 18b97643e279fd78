using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// A generous estimate of how wide a line of chart text renders, so that layouts wrap or shorten text before it can
/// leave the viewBox or run into its neighbour.
/// </summary>
/// <remarks>
/// The advance widths are those of DejaVu Sans (what <c>system-ui</c> resolves to on most Linux machines; one of the
/// widest sans-serif faces), rounded up, with 5% to spare, so narrower faces (Segoe UI, Roboto, Noto Sans) fit with
/// room. Combining marks (Vietnamese tone marks in NFD) take no width. The chart geometry test measures the real
/// boxes in Chromium.
/// </remarks>
internal static class TextMeasure
{
    public static double Width(string text, double size, bool bold = false)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += Advance(c);
        }

        return em * size * (bold ? 1.1 : 1) * 1.05;
    }

    /// <summary>Splits text into lines no wider than <paramref name="maxWidth"/>, at spaces; a word wider than a line is shortened.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double size, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, bold) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines.Select(l => Fit(l, maxWidth, size, bold)).ToList();
    }

    /// <summary>The text itself when it fits, else its longest prefix that fits followed by an ellipsis.</summary>
    public static string Fit(string text, double maxWidth, double size, bool bold = false)
    {
        if (Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var info = new StringInfo(text);
        for (var n = info.LengthInTextElements - 1; n > 0; n--)
        {
            var candidate = info.SubstringByTextElements(0, n).TrimEnd() + "…";
            if (Width(candidate, size, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return "…";
    }

    private static double Advance(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return 0;
        }

        var baseChar = char.IsLetter(c) && c > 0x7F ? BaseLetter(c) : c;
        return baseChar switch
        {
            ' ' => 0.32,
            'i' or 'l' or 'j' or 'I' or 'J' or '!' or '|' or '.' or ',' or ':' or ';' or '\'' => 0.32,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '/' or '\\' or '-' or '²' => 0.42,
            >= '0' and <= '9' => 0.64,
            'm' or 'w' or 'M' or 'W' or '%' or '—' or '…' => 1.0,
            '−' or '+' or '=' or '<' or '>' or '≤' or '≥' or '×' or '÷' or '±' or '→' => 0.84,
            >= 'a' and <= 'z' => 0.64,
            >= 'A' and <= 'Z' => 0.78,
            _ => 0.7,
        };
    }

    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed[0] == 'đ' ? 'd' : decomposed[0] == 'Đ' ? 'D' : decomposed[0];
    }
}
