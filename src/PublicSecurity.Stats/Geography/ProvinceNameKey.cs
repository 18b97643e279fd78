using System.Text;

namespace PublicSecurity.Stats;

/// <summary>Normalises a province name into lookup keys, without ICU or the current culture.</summary>
/// <remarks>
/// <para>
/// Unicode normalisation through <see cref="string.Normalize()"/> is a no-op under invariant globalization, so the
/// Vietnamese letters are decomposed here from an explicit table: each letter becomes its base letter with vowel
/// quality (a ă â e ê i o ô ơ u ư y, đ) and a tone (none, huyền, sắc, hỏi, ngã, nặng). NFC letters, NFD sequences
/// (in canonical order, tone marks before or after the quality mark) and mixed forms give the same result.
/// </para>
/// <para>
/// The Vietnamese key keeps every letter and moves the tone of each syllable to its end, so "Hoà" and "Hòa"
/// (the same tone placed on different vowels) agree while "Bắc" and "Bạc" stay different. The ASCII key drops
/// tones and vowel quality (đ → d); it is used only when the input has no diacritics at all, so a wrongly accented
/// name never matches another unit through the ASCII fold. Both keys are lower case, split on white space, dashes
/// (- ‐ ‑ ‒ – — ― −), dots and commas, and drop a leading "TP", "Thành phố" or "Tỉnh" and a trailing "City" or "Province".
/// </para>
/// </remarks>
internal static class ProvinceNameKey
{
    private const string Toneless = "aăâeêioôơuưy";

    // Each row: the base letter with each tone: none, huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below).
    private static readonly string[] Lower =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private static readonly string[] Upper =
    [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private static readonly Dictionary<char, (char Base, int Tone)> Letters = BuildLetters();

    /// <summary>The keys of a name: <paramref name="Vietnamese"/> (tones kept, per syllable) and <paramref name="Ascii"/>.</summary>
    /// <param name="Vietnamese">Letters with vowel quality, each syllable followed by its tone digit (1–5) when it has one.</param>
    /// <param name="Ascii">Letters without any diacritic.</param>
    /// <param name="HasDiacritics">Whether the input had any tone, vowel quality, đ or other non-ASCII letter.</param>
    internal readonly record struct Keys(string Vietnamese, string Ascii, bool HasDiacritics);

    /// <summary>Computes the keys of a name.</summary>
    public static Keys Of(string name)
    {
        var vietnamese = new List<string>();
        var ascii = new List<string>();
        var diacritics = false;
        var v = new StringBuilder();
        var a = new StringBuilder();
        var tone = 0;
        var malformed = false;

        void Flush()
        {
            if (v.Length > 0)
            {
                if (malformed)
                {
                    v.Append('?');
                }
                else if (tone > 0)
                {
                    v.Append((char)('0' + tone));
                }

                vietnamese.Add(v.ToString());
                ascii.Add(a.ToString());
            }

            v.Clear();
            a.Clear();
            tone = 0;
            malformed = false;
        }

        void SetTone(int t)
        {
            // A syllable carries one tone; a second one (even the same) is a typing error that must not match.
            if (tone != 0)
            {
                malformed = true;
            }

            tone = t;
        }

        foreach (var c in name)
        {
            if (IsSeparator(c))
            {
                Flush();
                continue;
            }

            if (Letters.TryGetValue(c, out var letter))
            {
                v.Append(letter.Base);
                a.Append(Fold(letter.Base));
                if (letter.Tone > 0)
                {
                    SetTone(letter.Tone);
                }

                diacritics |= letter.Tone > 0 || letter.Base > '\u007f';
                continue;
            }

            var combiningTone = c switch
            {
                '\u0300' => 1,
                '\u0301' => 2,
                '\u0309' => 3,
                '\u0303' => 4,
                '\u0323' => 5,
                _ => 0,
            };
            if (combiningTone > 0)
            {
                diacritics = true;
                if (v.Length == 0)
                {
                    malformed = true;
                    v.Append(c);
                }

                SetTone(combiningTone);
                continue;
            }

            if (c is '\u0302' or '\u0306' or '\u031b')
            {
                diacritics = true;
                var i = LastVowel(v);
                var composed = i < 0 ? '\0' : Compose(v[i], c);
                if (composed == '\0')
                {
                    malformed = true;
                    v.Append(c);
                }
                else
                {
                    v[i] = composed;
                }

                continue;
            }

            if (c is 'đ' or 'Đ')
            {
                diacritics = true;
                v.Append('đ');
                a.Append('d');
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            diacritics |= c > '\u007f';
            v.Append(lower);
            a.Append(lower);
        }

        Flush();
        Trim(vietnamese, ascii);
        return new Keys(string.Join(' ', vietnamese), string.Join(' ', ascii), diacritics);
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '.' or ',' or '_' or '\u2212' || (c >= '\u2010' && c <= '\u2015');

    private static void Trim(List<string> vietnamese, List<string> ascii)
    {
        if (ascii.Count > 2 && ascii[0] == "thanh" && ascii[1] == "pho")
        {
            vietnamese.RemoveRange(0, 2);
            ascii.RemoveRange(0, 2);
        }
        else if (ascii.Count > 1 && ascii[0] is "tp" or "tinh")
        {
            vietnamese.RemoveAt(0);
            ascii.RemoveAt(0);
        }

        if (ascii.Count > 1 && ascii[^1] is "city" or "province")
        {
            vietnamese.RemoveAt(vietnamese.Count - 1);
            ascii.RemoveAt(ascii.Count - 1);
        }
    }

    private static int LastVowel(StringBuilder v)
    {
        for (var i = v.Length - 1; i >= 0; i--)
        {
            if (Toneless.Contains(v[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static char Compose(char baseLetter, char mark) => (baseLetter, mark) switch
    {
        ('a', '\u0302') => 'â',
        ('a', '\u0306') => 'ă',
        ('e', '\u0302') => 'ê',
        ('o', '\u0302') => 'ô',
        ('o', '\u031b') => 'ơ',
        ('u', '\u031b') => 'ư',
        _ => '\0',
    };

    private static char Fold(char baseLetter) => baseLetter switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' => 'u',
        _ => baseLetter,
    };

    private static Dictionary<char, (char Base, int Tone)> BuildLetters()
    {
        var letters = new Dictionary<char, (char, int)>();
        for (var row = 0; row < Lower.Length; row++)
        {
            for (var t = 0; t < 6; t++)
            {
                letters[Lower[row][t]] = (Toneless[row], t);
                letters[Upper[row][t]] = (Toneless[row], t);
            }
        }

        for (var c = 'b'; c <= 'z'; c++)
        {
            letters.TryAdd(c, (c, 0));
            letters.TryAdd(char.ToUpperInvariant(c), (c, 0));
        }

        return letters;
    }
}
