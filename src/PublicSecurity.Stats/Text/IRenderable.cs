namespace PublicSecurity.Stats.Text;

/// <summary>A result that renders itself as text, Markdown and HTML in English or Vietnamese, with no set-up.</summary>
/// <remarks>
/// Formats follow DESIGN.md rule 7 (decimal comma and group dot in Vietnamese, U+2212 minus, signed changes, dates
/// dd/MM/yyyy). HTML is a fragment — a <c>&lt;div&gt;</c> with real <c>&lt;table&gt;</c>s and, for charts, inline SVG —
/// whose text and axes use the page's colour (so it reads in light and dark notebook themes) and whose chart series use
/// four Okabe–Ito colours (each also told apart by marker shape or dash),
/// no script and no external resource. A parameterless <c>ToString()</c> is English.
/// </remarks>
public interface IRenderable
{
    /// <summary>Gets the result as plain text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    string ToString(Language language);

    /// <summary>Gets the result as GitHub-flavoured Markdown in the given language.</summary>
    /// <param name="language">The language; English by default.</param>
    /// <returns>The Markdown.</returns>
    string ToMarkdown(Language language = Language.English);

    /// <summary>Gets the result as an HTML fragment in the given language.</summary>
    /// <param name="language">The language; English by default.</param>
    /// <param name="maxRows">The most body rows a table shows (the rest are counted in a final row); 100 by default.</param>
    /// <returns>The HTML fragment.</returns>
    string ToHtml(Language language = Language.English, int maxRows = 100);
}
