using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary>Reads <c>--calendar</c> and <c>--period</c>; a value that does not parse is a usage error (exit 2).</summary>
internal static partial class PeriodText
{
    /// <summary>Reads a calendar: vn, gregorian or cutoff:N.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="UsageException">The text is not a calendar.</exception>
    public static ReportingCalendar Calendar(string text)
    {
        var key = text.Trim().ToLowerInvariant();
        if (key == "vn")
        {
            return ReportingCalendar.VietnamStatistical;
        }

        if (key == "gregorian")
        {
            return ReportingCalendar.Gregorian;
        }

        if (key.StartsWith("cutoff:", StringComparison.Ordinal) && int.TryParse(key[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            try
            {
                return ReportingCalendar.WithCutoffDay(day);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UsageException($"--calendar '{text}': {e.Message}", e);
            }
        }

        throw new UsageException($"--calendar must be vn, gregorian or cutoff:N (N the cut-off day); it was '{text}'.");
    }

    /// <summary>Reads a period of a calendar: 2023, 2023-10M, 2023-Q1, 2023-H1 or 2023-M05.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UsageException">The text is not a period.</exception>
    public static ReportingPeriod Period(string text, ReportingCalendar calendar)
    {
        var match = Grammar().Match(text.Trim());
        if (!match.Success)
        {
            throw new UsageException($"--period must be 2023, 2023-10M (the first 10 months), 2023-Q1, 2023-H1 or 2023-M05; it was '{text}'.");
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        try
        {
            if (!match.Groups["n"].Success)
            {
                return calendar.Year(year);
            }

            var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["months"].Success)
            {
                return calendar.FirstMonths(year, n);
            }

            return match.Groups["unit"].Value.ToUpperInvariant() switch
            {
                "Q" => calendar.Quarter(year, n),
                "H" => calendar.HalfYear(year, n),
                _ => calendar.Month(year, n),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException($"--period '{text}': {e.Message}", e);
        }
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<unit>[QqHhMm])(?<n>\d{1,2})|(?<n>\d{1,2})(?<months>[Mm])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
