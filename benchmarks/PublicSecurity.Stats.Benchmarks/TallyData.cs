using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Synthetic case rows shaped like the peer's (pandas groupby over 63 provinces × 12 months): every province of the
/// 63-unit edition, recorded days spread over the Vietnamese statistical year 2023 and the two weeks before it,
/// about 64% cleared (60% by arrest, 4% exceptionally), 3% unfounded, clearance 0–119 days after recording.
/// </summary>
internal static class TallyData
{
    /// <summary>The twelve reporting months of 2023 under the Vietnamese statistical calendar (15/12/2022–14/12/2023).</summary>
    public static readonly ReportingPeriod[] Months2023 =
        [.. Enumerable.Range(1, 12).Select(m => ReportingCalendar.VietnamStatistical.Month(2023, m))];

    public static CaseColumns Columns(int rows, int seed)
    {
        var random = new Random(seed);
        var first = new DateOnly(2022, 12, 1).DayNumber;
        var days = new DateOnly(2023, 12, 14).DayNumber - first + 1;
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63).Count;
        var province = new byte[rows];
        var recorded = new int[rows];
        var kind = new byte[rows];
        var outcome = new int[rows];
        var severity = new byte[rows];
        var group = new byte[rows];
        for (var i = 0; i < rows; i++)
        {
            province[i] = (byte)random.Next(provinces);
            recorded[i] = first + random.Next(days);
            var u = random.Next(100);
            kind[i] = (byte)(u < 60 ? CaseOutcome.ClearedByArrest : u < 64 ? CaseOutcome.ClearedExceptionally : u < 67 ? CaseOutcome.Unfounded : CaseOutcome.NotCleared);
            outcome[i] = kind[i] == 0 ? -1 : recorded[i] + random.Next(120);
            severity[i] = (byte)random.Next(4);
            group[i] = (byte)random.Next(6);
        }

        return new CaseColumns(province, recorded, kind, outcome, severity, group);
    }

    /// <summary>The same rows as typed records (one shared id string, so memory is the records themselves).</summary>
    public static CriminalCase[] Records(CaseColumns columns)
    {
        var units = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var province = columns.ProvinceIndex.Span;
        var recorded = columns.RecordedDay.Span;
        var kind = columns.OutcomeKind.Span;
        var outcome = columns.OutcomeDay.Span;
        var severity = columns.Severity.Span;
        var group = columns.OffenceGroup.Span;
        var records = new CriminalCase[columns.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = CriminalCase.Create(
                "case",
                units[province[i]],
                (OffenceGroup)group[i],
                (Severity)severity[i],
                DateOnly.FromDayNumber(recorded[i]),
                (CaseOutcome)kind[i],
                outcome[i] < 0 ? null : DateOnly.FromDayNumber(outcome[i]));
        }

        return records;
    }
}
