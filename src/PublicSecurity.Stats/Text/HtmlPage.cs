using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// A complete HTML page of one's own results — headings, paragraphs and any <see cref="IRenderable"/> result, with
/// their tables and charts — in the sample report's template and stylesheet, so a consumer's page looks like the
/// sample's.
/// </summary>
/// <remarks>
/// <para>
/// The page is self-contained (no script, no external resource); its stylesheet sets a readable measure (64em), the
/// system font and block charts that scale to the page's width. Every caller-supplied text (title, headings,
/// paragraphs) is HTML-escaped; a text starting with "=" is written as text and means nothing to a browser.
/// </para>
/// <para>Immutable and thread-safe: each <c>Add…</c> returns a new page. <c>ProvincialReportAnalysis.ToHtmlDocument</c> is this
/// page with the analysis as its one item.</para>
/// </remarks>
public sealed class HtmlPage
{
    private const string Stylesheet = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 1.5em auto; max-width: 64em; padding: 0 1em; line-height: 1.4; }
        table { font-size: 0.92em; }
        svg { display: block; margin: 0.75em 0; }
        .ps-illustrative { font-style: italic; }
        """;

    private readonly Part[] parts;

    /// <summary>Initializes an empty page.</summary>
    /// <param name="title">The page's title (the browser tab; add a heading for a visible title).</param>
    /// <param name="language">The language of the page and of its results; English by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public HtmlPage(string title, Language language = Language.English)
        : this(CheckTitle(title), CheckLanguage(language), [])
    {
    }

    private HtmlPage(string title, Language language, Part[] parts)
    {
        (Title, Language, this.parts) = (title, language, parts);
    }

    /// <summary>Gets the page's title.</summary>
    public string Title { get; }

    /// <summary>Gets the language of the page and of its results.</summary>
    public Language Language { get; }

    /// <summary>Gets the number of headings, paragraphs and items on the page.</summary>
    public int Count => parts.Length;

    /// <summary>Gets a page with a heading added at the end.</summary>
    /// <param name="text">The heading's text (escaped).</param>
    /// <param name="level">The heading level, from 1 to 6; 2 by default.</param>
    /// <returns>The new page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not from 1 to 6.</exception>
    public HtmlPage AddHeading(string text, int level = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (level is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"The heading level must be from 1 to 6; it was {level}."));
        }

        return With(new Part(Cells.Heading(level, text), null));
    }

    /// <summary>Gets a page with a paragraph added at the end.</summary>
    /// <param name="text">The paragraph's text (escaped).</param>
    /// <returns>The new page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HtmlPage AddParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return With(new Part(Cells.Paragraph(text), null));
    }

    /// <summary>Gets a page with a result added at the end, rendered by its own <see cref="IRenderable.ToHtml"/> in the page's language.</summary>
    /// <param name="item">The result: a comparison, ranking, funnel plot, clearance table, report…</param>
    /// <returns>The new page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public HtmlPage Add(IRenderable item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return With(new Part(null, item));
    }

    /// <summary>Gets the page as a complete HTML document.</summary>
    /// <param name="maxRows">The most body rows each table shows (the rest are counted in a final row); 100 by default.</param>
    /// <returns>The document, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is below 1.</exception>
    public string Render(int maxRows = 100)
    {
        Cells.CheckMaxRows(maxRows);
        var body = new StringBuilder();
        foreach (var part in parts)
        {
            body.Append(part.Html ?? part.Item!.ToHtml(Language, maxRows));
            if (body.Length > 0 && body[^1] != '\n')
            {
                body.Append('\n');
            }
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="{{(Language == Language.Vietnamese ? "vi" : "en")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Html.Escape(Title)}}</title>
            <style>
            {{Stylesheet}}
            </style>
            </head>
            <body>
            {{body}}</body>
            </html>

            """;
    }

    /// <summary>Gets the page as a complete HTML document with at most 100 rows per table.</summary>
    /// <returns>The document.</returns>
    public override string ToString() => Render();

    private static string CheckTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException($"The title must not be blank; it was \"{title}\".", nameof(title));
        }

        return title;
    }

    private static Language CheckLanguage(Language language)
    {
        _ = Cells.Lang(language, string.Empty, string.Empty);
        return language;
    }

    private HtmlPage With(Part part) => new(Title, Language, [.. parts, part]);

    private sealed record Part(string? Html, IRenderable? Item);
}
