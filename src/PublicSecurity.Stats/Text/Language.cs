namespace PublicSecurity.Stats.Text;

/// <summary>The language a figure, sentence or table is rendered in.</summary>
/// <remarks>
/// Formatting never reads the current culture (DESIGN.md rule 7). Vietnamese uses a decimal comma and a
/// group dot ("80,37%", "1.408"), English a decimal point and a group comma; both write dates as dd/MM/yyyy
/// and negative numbers with U+2212 (−). <c>default</c> is <see cref="English"/>.
/// </remarks>
public enum Language
{
    /// <summary>English; the language of a parameterless <c>ToString()</c>.</summary>
    English = 0,

    /// <summary>Vietnamese (tiếng Việt).</summary>
    Vietnamese = 1,
}
