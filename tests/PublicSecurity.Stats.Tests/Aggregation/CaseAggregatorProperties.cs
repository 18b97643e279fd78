using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>
/// The columnar path, the typed paths (array, list, span, lazy sequence), the builder and a naive reference loop
/// written plainly here agree on random cases over random sets of periods.
/// </summary>
public sealed class CaseAggregatorProperties
{
    private static readonly Province[] Units = [HaNoi63, BinhDuong, BaRiaVungTau, HoChiMinh63];

    private static readonly DateOnly Origin = new(2022, 11, 20);

    /// <summary>Sets of periods: contiguous months, months with gaps, a quarter beside months, plain calendar months, ad hoc windows.</summary>
    private static readonly ReportingPeriod[][] PeriodSets =
    [
        [Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3)],
        [Vn.Month(2023, 1), Vn.Month(2023, 3), Vn.Month(2023, 4), Vn.Month(2023, 7)],
        [Vn.Quarter(2023, 1), Vn.Month(2023, 4), Vn.Month(2023, 6)],
        [ReportingCalendar.Gregorian.Month(2023, 1), ReportingCalendar.Gregorian.Month(2023, 2)],
        [ReportingPeriod.Create(D(1, 12, 2022), D(10, 12, 2022)), ReportingPeriod.Create(D(20, 12, 2022), D(31, 1, 2023)), ReportingPeriod.Create(D(1, 3, 2023), D(1, 3, 2023))],
        [Vn.Year(2023)],
    ];

    private static readonly Arbitrary<(CriminalCase[] Cases, int Periods, int Partition, int Threads)> Inputs =
        (from n in Gen.Choose(0, 300)
         from cases in Gen.ArrayOf(
             from unit in Gen.Choose(0, Units.Length - 1)
             from severity in Gen.Choose(0, 3)
             from g in Gen.Choose(0, 5)
             from day in Gen.Choose(0, 260)
             from outcome in Gen.Choose(0, 3)
             from delay in Gen.Choose(0, 150)
             select Case(unit, severity, g, day, outcome, delay),
             n)
         from periods in Gen.Choose(0, PeriodSets.Length - 1)
         from partition in Gen.Choose(1, 64)
         from threads in Gen.Choose(1, 3)
         select (cases, periods, partition, threads)).ToArbitrary();

    private static CriminalCase Case(int unit, int severity, int group, int day, int outcome, int delay)
    {
        var recorded = Origin.AddDays(day);
        var o = (CaseOutcome)outcome;
        return CriminalCase.Create("c", Units[unit], (OffenceGroup)group, (Severity)severity, recorded, o, o == CaseOutcome.NotCleared ? null : recorded.AddDays(delay));
    }

    [Property(MaxTest = 150)]
    public Property Tally_EveryPath_EqualsTheBuilderAndTheNaiveLoop() => Prop.ForAll(Inputs, input =>
    {
        var (cases, set, partition, threads) = input;
        var periods = PeriodSets[set];
        var options = new TallyOptions(maxDegreeOfParallelism: threads);
        var built = CaseTally.Tally(cases, periods);
        var columnar = CaseAggregator.Tally(CaseRows.Columns(cases), ProvinceEdition.Provinces63, periods, options, partition);
        return built.Equals(columnar)
            && built.Equals(CaseAggregator.Tally(cases, periods, options, partition))
            && built.Equals(CaseAggregator.Tally(cases.ToList(), periods, options, partition))
            && built.Equals(CaseAggregator.Tally(cases.AsSpan(), periods))
            && built.Equals(CaseAggregator.Tally(cases.Where(_ => true), periods))
            && MatchesNaiveLoop(columnar, cases, periods);
    });

    [Property(MaxTest = 100)]
    public Property Tally_ColumnarPartsMerged_EqualTheWhole() => Prop.ForAll(Inputs, input =>
    {
        var (cases, set, partition, _) = input;
        var periods = PeriodSets[set];
        var cut1 = Math.Min(partition, cases.Length);
        var cut2 = Math.Min(cut1 + partition, cases.Length);
        CaseTally Part(int from, int to) => CaseAggregator.Tally(CaseRows.Columns(cases[from..to]), ProvinceEdition.Provinces63, periods);
        var whole = Part(0, cases.Length);
        var (a, b, c) = (Part(0, cut1), Part(cut1, cut2), Part(cut2, cases.Length));
        return whole.Equals(a.Merge(b).Merge(c))
            && whole.Equals(a.Merge(b.Merge(c)))
            && whole.Equals(b.Merge(c).Merge(a))
            && whole.Equals(CaseTally.Empty.Merge(whole))
            && whole.Equals(whole.Merge(CaseTally.Empty));
    });

    /// <summary>Every count of the tally, cell by cell, against counts taken straight from the records.</summary>
    private static bool MatchesNaiveLoop(CaseTally tally, CriminalCase[] cases, ReportingPeriod[] periods)
    {
        static bool In(ReportingPeriod p, DateOnly? d) => d is DateOnly day && p.Contains(day);

        var keys = new HashSet<TallyKey>();
        foreach (var c in cases)
        {
            foreach (var p in periods)
            {
                if (In(p, c.RecordedOn) || (c.IsCleared && In(p, c.OutcomeOn)))
                {
                    keys.Add(new TallyKey(c.Province, p));
                }
            }
        }

        var outside = cases.Count(c => !periods.Any(p => In(p, c.RecordedOn) || (c.IsCleared && In(p, c.OutcomeOn))));
        if (tally.Outside != outside || !keys.SetEquals(tally.Keys))
        {
            return false;
        }

        foreach (var key in keys)
        {
            for (var s = 0; s < 4; s++)
            {
                for (var g = 0; g < 6; g++)
                {
                    var severity = (SeverityGroup)(s + 1);
                    var group = (OffenceGroup)g;
                    var cell = cases.Where(c => c.Province == key.Province && (int)c.Severity == s && c.OffenceGroup == group).ToList();
                    var cohort = cell.Where(c => In(key.Period, c.RecordedOn)).ToList();
                    if (tally.Recorded(key.Province, key.Period, severity, group) != cohort.Count
                        || tally.Unfounded(key.Province, key.Period, severity, group) != cohort.Count(c => c.Outcome == CaseOutcome.Unfounded)
                        || tally.ClearedInPeriod(key.Province, key.Period, severity, group) != cell.Count(c => c.IsCleared && In(key.Period, c.OutcomeOn)))
                    {
                        return false;
                    }

                    foreach (var later in periods.Where(p => p.End >= key.Period.End))
                    {
                        if (tally.ClearedByEndOf(key.Province, key.Period, later, severity, group) != cohort.Count(c => c.IsCleared && c.OutcomeOn!.Value <= later.End))
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }
}
