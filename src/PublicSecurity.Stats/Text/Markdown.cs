using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// Escaping of caller text for Markdown: what a renderer would read as HTML (a tag, an entity) is backslash-escaped and
/// '|' cannot break a table; in a table cell a leading '=' is prefixed with an apostrophe, so that a spreadsheet the
/// table is pasted into does not read the cell as a formula.
/// </summary>
internal static class Markdown
{
    /// <summary>Text in running Markdown (a sentence, a caption, a note): '&lt;' before a tag, '&amp;' before an entity, and '|' are escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '|' => true,
                '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
                '&' => char.IsAsciiLetter(next) || next == '#',
                _ => false,
            };
            if (escape)
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A table cell or header: <see cref="Escape"/>, and a leading '=' neutralised with an apostrophe.</summary>
    public static string Cell(string text) => text.StartsWith('=') ? "'" + Escape(text) : Escape(text);

    /// <summary>A sentence, escaped, then a table: the Markdown of most results.</summary>
    public static string Document(string sentence, TextTable table) => Escape(sentence) + "\n\n" + table.ToMarkdown();
}
