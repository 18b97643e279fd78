using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>The reader of <see cref="StatedFigure"/>: the grammar its remarks give, in both languages.</summary>
internal static partial class FigureText
{
    private const string Grammar =
        "[change] [qualifier] number [multiplier] [unit] (\"trên 90%\", \"gần 20 kg\", \"1,4 triệu tài khoản\", \"giảm 27 vụ\", "
        + "\"over 90%\") or a rank (\"thứ 2\", \"đứng thứ hai toàn quốc\", \"2nd\")";

    private static readonly (string Word, FigureQualifier Qualifier)[] VietnameseQualifiers =
    [
        ("chưa đến", FigureQualifier.Under), ("chưa tới", FigureQualifier.Under), ("không đến", FigureQualifier.Under),
        ("dưới", FigureQualifier.Under), ("trên", FigureQualifier.Over), ("hơn", FigureQualifier.Over),
        ("vượt", FigureQualifier.Over), ("gần", FigureQualifier.Nearly), ("khoảng", FigureQualifier.About),
        ("xấp xỉ", FigureQualifier.About), ("chừng", FigureQualifier.About),
    ];

    private static readonly (string Word, FigureQualifier Qualifier)[] EnglishQualifiers =
    [
        ("more than", FigureQualifier.Over), ("in excess of", FigureQualifier.Over), ("over", FigureQualifier.Over),
        ("above", FigureQualifier.Over), ("less than", FigureQualifier.Under), ("fewer than", FigureQualifier.Under),
        ("under", FigureQualifier.Under), ("below", FigureQualifier.Under), ("nearly", FigureQualifier.Nearly),
        ("almost", FigureQualifier.Nearly), ("close to", FigureQualifier.Nearly), ("about", FigureQualifier.About),
        ("around", FigureQualifier.About), ("approximately", FigureQualifier.About), ("roughly", FigureQualifier.About),
    ];

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000m, ["ngàn"] = 1_000m, ["triệu"] = 1_000_000m, ["tỷ"] = 1_000_000_000m, ["tỉ"] = 1_000_000_000m,
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["%"] = "%", ["phần trăm"] = "%", ["percent"] = "%", ["per cent"] = "%",
        ["kg"] = "kg", ["kilôgam"] = "kg", ["kilogam"] = "kg", ["ki-lô-gam"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg",
        ["g"] = "g", ["gam"] = "g", ["gram"] = "g", ["grams"] = "g", ["tấn"] = "t", ["tonne"] = "t", ["tonnes"] = "t", ["t"] = "t",
        ["vụ"] = "cases", ["vụ án"] = "cases", ["case"] = "cases", ["cases"] = "cases",
        ["vụ tai nạn"] = "accidents", ["vụ tai nạn giao thông"] = "accidents", ["accident"] = "accidents", ["accidents"] = "accidents",
        ["lớp"] = "classes", ["class"] = "classes", ["classes"] = "classes",
        ["lượt"] = "participant-attendances", ["lượt người"] = "participant-attendances",
        ["participant-attendances"] = "participant-attendances", ["attendances"] = "participant-attendances",
        ["tài khoản"] = "accounts", ["account"] = "accounts", ["accounts"] = "accounts",
        ["đối tượng"] = "suspects", ["suspect"] = "suspects", ["suspects"] = "suspects",
        ["người chết"] = "deaths", ["death"] = "deaths", ["deaths"] = "deaths",
        ["người bị thương"] = "injured", ["injured"] = "injured",
        ["phương án"] = "drills", ["drill"] = "drills", ["drills"] = "drills",
        ["khẩu súng"] = "guns", ["súng"] = "guns", ["gun"] = "guns", ["guns"] = "guns",
        ["viên đạn"] = "rounds", ["rounds"] = "rounds", ["đợt"] = "campaigns", ["campaigns"] = "campaigns",
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["nhất"] = 1, ["nhì"] = 2, ["hai"] = 2, ["ba"] = 3, ["tư"] = 4, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6,
        ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9, ["mười"] = 10,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    /// <summary>Vietnamese when the text has a character outside ASCII, else English.</summary>
    public static Language DetectLanguage(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' && char.IsLetter(c))
            {
                return Language.Vietnamese;
            }
        }

        return Language.English;
    }

    /// <summary>The place value of a decimal's last stored digit: 1 for 90, 0.01 for 87.44.</summary>
    public static decimal LastPlace(decimal value)
    {
        var scale = value.Scale;
        return Pow10(-scale);
    }

    /// <summary>Writes a number in the language with as many decimals as the resolution has.</summary>
    public static string Number(decimal value, decimal? resolution, Language language)
    {
        var decimals = resolution is decimal r && r < 1 ? Math.Max(0, (int)Math.Round(-Math.Log10((double)r))) : 0;
        var text = value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
        return language == Language.Vietnamese ? text.Replace(',', ' ').Replace('.', ',').Replace(' ', '.') : text;
    }

    /// <summary>Reads a figure, or explains why not.</summary>
    public static StatedFigure? Read(string original, Language language, bool detected, out string? error)
    {
        error = null;
        var text = Spaces().Replace(original.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant(), " ");
        var vi = language == Language.Vietnamese;
        if (text.Length == 0)
        {
            error = $"The figure must be {Grammar}; it was empty.";
            return null;
        }

        var rank = vi ? VietnameseRank().Match(text) : EnglishRank().Match(text);
        if (rank.Success)
        {
            return Rank(original, language, rank, out error);
        }

        ChangeDirection? direction = null;
        var change = vi ? VietnameseChange().Match(text) : EnglishChange().Match(text);
        if (change.Success)
        {
            direction = change.Groups["dir"].Value is "giảm" or "down" or "decreased" or "decrease" or "fell"
                ? ChangeDirection.Decrease
                : ChangeDirection.Increase;
            text = change.Groups["rest"].Value;
            if (text.Length == 0)
            {
                return StatedFigure.Create(original, language, FigureKind.Change, direction, null, FigureQualifier.Exact, string.Empty, null, null, false);
            }
        }
        else if (vi && text.StartsWith("đạt ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        var qualifier = FigureQualifier.Exact;
        foreach (var (word, q) in vi ? VietnameseQualifiers : EnglishQualifiers)
        {
            if (text.StartsWith(word + " ", StringComparison.Ordinal))
            {
                (qualifier, text) = (q, text[(word.Length + 1)..]);
                break;
            }
        }

        var quantity = Quantity().Match(text);
        if (!quantity.Success)
        {
            error = $"The figure must be {Grammar}, with a number where '{text}' stands; it was '{original}'.";
            return null;
        }

        if (!TryNumber(quantity.Groups["num"].Value, vi, out var value, out var places)
            && !(detected && !vi && TryNumber(quantity.Groups["num"].Value, vietnamese: true, out value, out places)))
        {
            error = vi
                ? $"The number '{quantity.Groups["num"].Value}' is not written as Vietnamese writes numbers (groups of three digits after '.', decimals after ','); the figure was '{original}'."
                : $"The number '{quantity.Groups["num"].Value}' is not written as English writes numbers (groups of three digits after ',', decimals after '.'); the figure was '{original}'.";
            return null;
        }

        var resolution = Pow10(-places);
        var rest = quantity.Groups["rest"].Value.Trim();
        var multiplierWord = rest.Split(' ', 2)[0];
        if (Multipliers.TryGetValue(multiplierWord, out var multiplier))
        {
            (value, resolution) = (value * multiplier, resolution * multiplier);
            rest = rest[multiplierWord.Length..].Trim();
        }

        var unit = rest.Length == 0 ? string.Empty : Units.TryGetValue(rest, out var known) ? known : rest;
        if (unit == "%" && quantity.Groups["pct"].Success)
        {
            error = $"The figure has two percent signs; it was '{original}'.";
            return null;
        }

        if (quantity.Groups["pct"].Success)
        {
            if (rest.Length != 0)
            {
                error = $"A percentage takes no unit after '%'; '{rest}' followed it in '{original}'.";
                return null;
            }

            unit = "%";
        }

        var kind = direction is not null ? FigureKind.Change
            : unit == "%" ? FigureKind.Share
            : unit is "kg" or "g" or "t" ? FigureKind.Mass
            : FigureKind.Count;
        return StatedFigure.Create(original, language, kind, direction, value, qualifier, unit, resolution, null, false);
    }

    private static StatedFigure? Rank(string original, Language language, Match match, out string? error)
    {
        error = null;
        var placeText = match.Groups["n"].Value;
        int place;
        if (match.Groups["top"].Success)
        {
            place = 1;
        }
        else if (!Ordinals.TryGetValue(placeText, out place)
            && !int.TryParse(placeText, NumberStyles.None, CultureInfo.InvariantCulture, out place))
        {
            error = $"The place of a rank must be a whole number from 1; it was '{placeText}' in '{original}'.";
            return null;
        }

        if (place < 1)
        {
            error = $"The place of a rank must be a whole number from 1; it was '{placeText}' in '{original}'.";
            return null;
        }

        if (match.Groups["sfx"].Success && !string.Equals(FigureUnits.Ordinal(place), placeText + match.Groups["sfx"].Value, StringComparison.Ordinal))
        {
            error = $"The ordinal '{placeText}{match.Groups["sfx"].Value}' has the wrong suffix (it reads {FigureUnits.Ordinal(place)}); the figure was '{original}'.";
            return null;
        }

        int? of = null;
        if (match.Groups["of"].Success)
        {
            if (!int.TryParse(match.Groups["of"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < place)
            {
                error = $"A rank among N units must have N at least the place; it was place {place} of '{match.Groups["of"].Value}' in '{original}'.";
                return null;
            }

            of = n;
        }

        return StatedFigure.Create(original, language, FigureKind.Rank, null, place, FigureQualifier.Exact, "rank", 1, of, match.Groups["scope"].Success);
    }

    private static bool TryNumber(string text, bool vietnamese, out decimal value, out int places)
    {
        var (group, point) = vietnamese ? ('.', ',') : (',', '.');
        value = 0;
        places = 0;
        var parts = text.Split(point);
        if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && parts[1].Length == 0))
        {
            return false;
        }

        var groups = parts[0].Split(group);
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }

        var digits = string.Concat(groups) + (parts.Length == 2 ? "." + parts[1] : string.Empty);
        if (!digits.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return false;
        }

        places = parts.Length == 2 ? parts[1].Length : 0;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:đứng|xếp) )?(?:(?:thứ|hạng) (?<n>\d{1,9}|nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|(?<top>đầu))(?: ?/ ?(?<of>\d{1,9}))?(?: (?<scope>toàn quốc|cả nước))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseRank();

    [GeneratedRegex(@"^(?:ranked |rank )?(?:(?<n>\d{1,9})(?<sfx>st|nd|rd|th)|(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?: (?:of|out of) (?<of>\d{1,9}))?(?: (?<scope>nationwide|nationally|in the country))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRank();

    [GeneratedRegex(@"^(?<dir>giảm|tăng)(?: (?<rest>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseChange();

    [GeneratedRegex(@"^(?<dir>down|up|decreased|increased|decrease|increase|fell|rose)(?: by| of)?(?: (?<rest>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishChange();

    [GeneratedRegex(@"^(?<num>\d[\d.,]*)(?<pct> ?%)?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
