namespace PublicSecurity.Stats.Tool.Tests.Commands;

/// <summary>Every output format in both languages, for the snapshot theories.</summary>
public static class Formats
{
    /// <summary>Gets (format, language) for every format and language.</summary>
    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in new[] { "text", "markdown", "html", "json", "csv" })
            {
                foreach (var language in new[] { "en", "vi" })
                {
                    data.Add(format, language);
                }
            }

            return data;
        }
    }

    /// <summary>Gets the snapshot file extension of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string Extension(string format) => format switch
    {
        "text" => "txt",
        "markdown" => "md",
        _ => format,
    };
}
