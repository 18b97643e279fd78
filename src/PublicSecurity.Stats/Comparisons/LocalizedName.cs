using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>A short name in both report languages, for metrics, units and subjects of comparison sentences.</summary>
/// <remarks>Immutable. Both texts are required and must not be blank; they are used verbatim (NFC is recommended).</remarks>
public sealed class LocalizedName : IEquatable<LocalizedName>
{
    private LocalizedName(string english, string vietnamese)
    {
        (English, Vietnamese) = (english, vietnamese);
    }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the Vietnamese text.</summary>
    public string Vietnamese { get; }

    /// <summary>Creates a name from its English and Vietnamese texts.</summary>
    /// <param name="english">The English text, for example "deaths".</param>
    /// <param name="vietnamese">The Vietnamese text, for example "số người chết".</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public static LocalizedName Create(string english, string vietnamese)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(vietnamese);
        if (string.IsNullOrWhiteSpace(english))
        {
            throw new ArgumentException($"The English text must not be blank; it was '{english}'.", nameof(english));
        }

        if (string.IsNullOrWhiteSpace(vietnamese))
        {
            throw new ArgumentException($"The Vietnamese text must not be blank; it was '{vietnamese}'.", nameof(vietnamese));
        }

        return new LocalizedName(english, vietnamese);
    }

    /// <summary>Gets the text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or Vietnamese text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Get(Language language) => language switch
    {
        Language.English => English,
        Language.Vietnamese => Vietnamese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), $"The language must be English or Vietnamese; it was {(int)language}."),
    };

    /// <inheritdoc/>
    public bool Equals(LocalizedName? other) =>
        other is not null
        && string.Equals(other.English, English, StringComparison.Ordinal)
        && string.Equals(other.Vietnamese, Vietnamese, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedName);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(English), StringComparer.Ordinal.GetHashCode(Vietnamese));

    /// <summary>Gets the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
