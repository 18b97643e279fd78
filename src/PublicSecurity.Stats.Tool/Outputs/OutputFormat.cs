using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tool.Outputs;

/// <summary>The output formats of every command.</summary>
internal enum OutputFormat
{
    /// <summary>Plain text (the library's <see cref="IRenderable.ToString(Language)"/>).</summary>
    Text,

    /// <summary>Markdown (<see cref="IRenderable.ToMarkdown"/>).</summary>
    Markdown,

    /// <summary>A standalone HTML page (<see cref="HtmlPage"/>).</summary>
    Html,

    /// <summary>JSON (the library's <c>StatsJson</c>).</summary>
    Json,

    /// <summary>CSV: the tally interchange schema for tallies, a table of values otherwise.</summary>
    Csv,
}

/// <summary>Renders a result with the library's renderers: text, Markdown and an HTML page from <see cref="IRenderable"/> items, JSON and CSV from the command.</summary>
internal static class Rendering
{
    /// <summary>The options of the JSON the tool assembles from the library's JSON: indented, as <c>StatsJson.Serialize(value, indented: true)</c> writes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    /// <summary>Renders a result made of renderable items.</summary>
    /// <param name="format">The format.</param>
    /// <param name="language">The language.</param>
    /// <param name="title">The HTML page's title.</param>
    /// <param name="items">The items, in order.</param>
    /// <param name="json">Writes the JSON.</param>
    /// <param name="csv">Writes the CSV.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Render(OutputFormat format, Language language, string title, IReadOnlyList<IRenderable> items, Func<string> json, Func<string> csv)
    {
        var text = format switch
        {
            OutputFormat.Markdown => string.Join("\n\n", items.Select(i => i.ToMarkdown(language).TrimEnd('\n'))),
            OutputFormat.Html => items.Aggregate(new HtmlPage(title, language), (page, item) => page.Add(item)).Render(),
            OutputFormat.Json => json(),
            OutputFormat.Csv => csv(),
            _ => string.Join("\n\n", items.Select(i => i.ToString(language).TrimEnd('\n'))),
        };
        return text.EndsWith('\n') ? text : text + "\n";
    }
}
