namespace PublicSecurity.Stats.Tool.Commands;

/// <summary>Reads <c>--calendar</c> and <c>--period</c> with the library's parsers; text they refuse is a usage error (exit 2) naming the option.</summary>
internal static class PeriodText
{
    /// <summary>Reads a calendar: vn, gregorian or cutoff:N (<see cref="ReportingCalendar.Parse"/>).</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="UsageException">The text is not a calendar.</exception>
    public static ReportingCalendar Calendar(string text)
    {
        try
        {
            return ReportingCalendar.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--calendar: " + e.Message, e);
        }
    }

    /// <summary>Reads a period of a calendar (<see cref="ReportingPeriod.Parse"/>): 2023, 2023-10M, 2023-Q1, 2023-H1, 2023-M05, or the words of a report ("10 tháng đầu năm 2023", "quý I/2023", "tháng 5/2023").</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UsageException">The text is not a period.</exception>
    public static ReportingPeriod Period(string text, ReportingCalendar calendar)
    {
        try
        {
            return ReportingPeriod.Parse(text, calendar);
        }
        catch (FormatException e)
        {
            throw new UsageException("--period: " + e.Message, e);
        }
    }
}
