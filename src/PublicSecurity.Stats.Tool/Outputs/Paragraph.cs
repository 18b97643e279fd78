using System.Net;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tool.Outputs;

/// <summary>A sentence the tool adds between the library's results (for example which provinces are among the top K), in both languages.</summary>
internal sealed class Paragraph(string english, string vietnamese) : IRenderable
{
    /// <inheritdoc/>
    public string ToString(Language language) => language == Language.Vietnamese ? vietnamese : english;

    /// <inheritdoc/>
    public override string ToString() => english;

    /// <inheritdoc/>
    public string ToMarkdown(Language language = Language.English) => ToString(language).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "\n";

    /// <inheritdoc/>
    public string ToHtml(Language language = Language.English, int maxRows = 100) => "<p>" + WebUtility.HtmlEncode(ToString(language)) + "</p>\n";
}
