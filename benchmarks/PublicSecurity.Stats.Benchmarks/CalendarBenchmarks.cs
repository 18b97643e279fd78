using BenchmarkDotNet.Attributes;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Mapping record dates to reporting months: the first step of every tally. One million dates spread over ten
/// years, under the Vietnamese statistical calendar (cut-off day 14).
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Count = 1_000_000;
    private readonly ReportingCalendar calendar = ReportingCalendar.VietnamStatistical;
    private DateOnly[] dates = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20231114);
        var first = new DateOnly(2015, 1, 1).DayNumber;
        dates = new DateOnly[Count];
        for (var i = 0; i < Count; i++)
        {
            dates[i] = DateOnly.FromDayNumber(first + random.Next(3653));
        }
    }

    /// <summary>(year, month) of the reporting month of each date; allocation-free.</summary>
    [Benchmark(Baseline = true)]
    public int Calendar_MonthContaining_1M()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            var (year, month) = calendar.MonthContaining(date);
            sum += year + month;
        }

        return sum;
    }

    /// <summary>The full <see cref="ReportingPeriod"/> of each date (one small object per call).</summary>
    [Benchmark]
    public int Calendar_PeriodContaining_1M()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += calendar.PeriodContaining(date, PeriodUnit.Month).Days;
        }

        return sum;
    }

    /// <summary>The comparison windows of a report: "cùng kỳ" of every month of ten years.</summary>
    [Benchmark]
    public int Calendar_SamePeriodPreviousYear_120Months()
    {
        var sum = 0;
        for (var year = 2015; year < 2025; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                sum += calendar.Month(year, month).SamePeriodPreviousYear().Days;
            }
        }

        return sum;
    }
}
