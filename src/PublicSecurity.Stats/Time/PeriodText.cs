using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicSecurity.Stats;

/// <summary>
/// Reads reporting calendars and periods from text the way analysts and reports write them: the grammar of
/// <see cref="ReportingCalendar.Parse(string)"/> and <see cref="ReportingPeriod.Parse(string, ReportingCalendar)"/>.
/// </summary>
internal static partial class PeriodText
{
    /// <summary>The calendar forms, as error messages list them.</summary>
    public const string CalendarForms = "'vn' (Vietnam statistical, cut-off day 14), 'gregorian' (cut-off day 31) or 'cutoff:N' (N from 1 to 31)";

    /// <summary>The period forms, as error messages list them.</summary>
    public const string PeriodForms =
        "2023 (year), 2023-10M (first 10 months), 2023-Q1, 2023-H1, 2023-M05, or the words 'năm 2023', "
        + "'10 tháng đầu năm 2023', '6 tháng cuối năm 2023', 'quý I/2023', 'tháng 5/2023', 'Q1 2023', 'May 2023', "
        + "'first 10 months of 2023', 'first half of 2023'";

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Reads a calendar, or explains why not.</summary>
    public static ReportingCalendar? Calendar(string text, out string? error)
    {
        var t = Normalize(text);
        error = null;
        switch (t)
        {
            case "vn":
                return ReportingCalendar.VietnamStatistical;
            case "gregorian":
                return ReportingCalendar.Gregorian;
        }

        var cutoff = CutoffForm().Match(t);
        if (cutoff.Success)
        {
            if (int.TryParse(cutoff.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                return ReportingCalendar.WithCutoffDay(day);
            }

            error = $"The cut-off day of a calendar must be between 1 and 31; the text was '{text}'.";
            return null;
        }

        error = $"The calendar must be {CalendarForms}; it was '{text}'.";
        return null;
    }

    /// <summary>Reads a period of a calendar, or explains why not.</summary>
    public static ReportingPeriod? Period(string text, ReportingCalendar calendar, out string? error)
    {
        var t = Normalize(text);
        error = null;
        var (unit, yearDigits, index) = Recognise(t);
        if (unit is null)
        {
            error = $"The period must be one of the forms {PeriodForms}; it was '{text}'.";
            return null;
        }

        if (yearDigits.Length != 4)
        {
            error = $"The year of a period must be written with four digits (1–9999 as 0001–9999), so that '23' is never taken for 2023; it was '{yearDigits}' in '{text}'.";
            return null;
        }

        var year = int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);

        var (min, max, what) = unit switch
        {
            PeriodUnit.Month => (1, 12, "month"),
            PeriodUnit.Quarter => (1, 4, "quarter"),
            PeriodUnit.HalfYear => (1, 2, "half"),
            PeriodUnit.FirstMonths => (1, 12, "number of first months"),
            _ => (1, 1, "year index"),
        };
        if (index < min || index > max)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"The {what} of a period must be between {min} and {max}; it was {index} in '{text}'.");
            return null;
        }

        if (year < 1)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The year of a period must be between 1 and 9999; it was {year} in '{text}'.");
            return null;
        }

        try
        {
            return calendar.Rebuild(unit.Value, year, index);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            error = $"The period '{text}' lies outside the range of dates: {ex.Message}";
            return null;
        }
    }

    private static (PeriodUnit? Unit, string Year, int Index) Recognise(string t)
    {
        Match m;
        if ((m = IsoForm().Match(t)).Success)
        {
            var year = m.Groups["year"].Value;
            if (m.Groups["first"].Success)
            {
                return (PeriodUnit.FirstMonths, year, Int(m.Groups["first"]));
            }

            if (m.Groups["q"].Success)
            {
                return (PeriodUnit.Quarter, year, Int(m.Groups["q"]));
            }

            if (m.Groups["h"].Success)
            {
                return (PeriodUnit.HalfYear, year, Int(m.Groups["h"]));
            }

            return m.Groups["m"].Success ? (PeriodUnit.Month, year, Int(m.Groups["m"])) : (PeriodUnit.Year, year, 1);
        }

        if ((m = VietnameseYear().Match(t)).Success)
        {
            return (PeriodUnit.Year, m.Groups["year"].Value, 1);
        }

        if ((m = VietnameseFirstMonths().Match(t)).Success)
        {
            var months = Int(m.Groups["n"]);

            // "6 tháng đầu năm" is how reports name the first half-year (sơ kết 6 tháng): the same window as
            // the first 6 months, with a preceding period ("kỳ trước").
            return months == 6 ? (PeriodUnit.HalfYear, m.Groups["year"].Value, 1) : (PeriodUnit.FirstMonths, m.Groups["year"].Value, months);
        }

        if ((m = VietnameseSecondHalf().Match(t)).Success)
        {
            return (PeriodUnit.HalfYear, m.Groups["year"].Value, 2);
        }

        if ((m = VietnameseMonth().Match(t)).Success)
        {
            return (PeriodUnit.Month, m.Groups["year"].Value, Int(m.Groups["n"]));
        }

        if ((m = VietnameseQuarter().Match(t)).Success)
        {
            var q = m.Groups["q"].Value;
            var quarter = q switch
            {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                "iv" => 4,
                _ when q.All(char.IsAsciiDigit) => Int(m.Groups["q"]),
                _ => 0,
            };
            return (PeriodUnit.Quarter, m.Groups["year"].Value, quarter);
        }

        if ((m = EnglishQuarter().Match(t)).Success)
        {
            return (PeriodUnit.Quarter, m.Groups["year"].Value, Int(m.Groups["q"]));
        }

        if ((m = EnglishMonth().Match(t)).Success)
        {
            return (PeriodUnit.Month, m.Groups["year"].Value, Array.IndexOf(MonthNames, m.Groups["name"].Value) + 1);
        }

        if ((m = EnglishFirstMonths().Match(t)).Success)
        {
            return (PeriodUnit.FirstMonths, m.Groups["year"].Value, m.Groups["n"].Success ? Int(m.Groups["n"]) : 1);
        }

        if ((m = EnglishHalf().Match(t)).Success)
        {
            return (PeriodUnit.HalfYear, m.Groups["year"].Value, m.Groups["which"].Value == "first" ? 1 : 2);
        }

        return (null, string.Empty, 0);
    }

    /// <summary>Trims, composes (NFC), lower-cases invariantly and collapses runs of white space.</summary>
    private static string Normalize(string text) =>
        Spaces().Replace(text.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant(), " ");

    /// <summary>Reads a group of at most a few digits; a value too large for an int is returned as int.MaxValue (then refused by range).</summary>
    private static int Int(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : int.MaxValue;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^cutoff\s*:\s*(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CutoffForm();

    [GeneratedRegex(@"^(?<year>\d{1,9})(?:-(?:(?<first>\d{1,9})m|q(?<q>\d{1,9})|h(?<h>\d{1,9})|m(?<m>\d{1,9})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();

    [GeneratedRegex(@"^năm (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseYear();

    [GeneratedRegex(@"^(?<n>\d{1,9}) tháng đầu năm (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseFirstMonths();

    [GeneratedRegex(@"^6 tháng cuối năm (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseSecondHalf();

    [GeneratedRegex(@"^tháng (?<n>\d{1,9}) ?(?:/|năm) ?(?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseMonth();

    [GeneratedRegex(@"^quý (?<q>[ivx]+|\d{1,9}) ?(?:/|năm) ?(?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseQuarter();

    [GeneratedRegex(@"^q(?<q>\d{1,9}) (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishQuarter();

    [GeneratedRegex(@"^(?<name>january|february|march|april|may|june|july|august|september|october|november|december) (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"^first (?:(?<n>\d{1,9}) months|month) of (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFirstMonths();

    [GeneratedRegex(@"^(?<which>first|second) half of (?<year>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishHalf();
}
