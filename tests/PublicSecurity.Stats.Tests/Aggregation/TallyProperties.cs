using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class TallyProperties
{
    private static readonly ReportingPeriod[] Months = [Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3)];

    private static readonly Province[] Units = [BinhDuong, BaRiaVungTau, HoChiMinh63];

    private static readonly DateOnly Origin = new(2022, 12, 1);

    /// <summary>Random records (province, severity, group, recorded day, outcome, delay) with a partition number 0–2 each.</summary>
    private static readonly Arbitrary<(int Part, CriminalCase Case)[]> CaseRows =
        (from n in Gen.Choose(0, 40)
         from rows in Gen.ArrayOf(
             from part in Gen.Choose(0, 2)
             from unit in Gen.Choose(0, 2)
             from severity in Gen.Choose(0, 3)
             from g in Gen.Choose(0, 5)
             from day in Gen.Choose(0, 120)
             from outcome in Gen.Choose(0, 3)
             from delay in Gen.Choose(0, 60)
             select (part, MakeCase(unit, severity, g, day, outcome, delay)),
             n)
         select rows).ToArbitrary();

    private static readonly Arbitrary<(int Part, TrafficAccident Accident)[]> AccidentRows =
        (from n in Gen.Choose(0, 40)
         from rows in Gen.ArrayOf(
             from part in Gen.Choose(0, 2)
             from unit in Gen.Choose(0, 2)
             from day in Gen.Choose(0, 120)
             from deaths in Gen.Choose(0, 3)
             from injured in Gen.Choose(0, 4)
             select (part, TrafficAccident.Create(Units[unit], Origin.AddDays(day), deaths, injured)),
             n)
         select rows).ToArbitrary();

    private static readonly Arbitrary<(int Part, DrugSeizure Seizure)[]> SeizureRows =
        (from n in Gen.Choose(0, 30)
         from rows in Gen.ArrayOf(
             from part in Gen.Choose(0, 2)
             from unit in Gen.Choose(0, 2)
             from day in Gen.Choose(0, 120)
             from suspects in Gen.Choose(0, 5)
             from grams in Gen.Choose(1, 5000)
             from tablets in Gen.Choose(0, 50)
             select (part, DrugSeizure.Create(
                 Units[unit],
                 Origin.AddDays(day),
                 suspects,
                 tablets == 0
                     ? [DrugQuantity.Create(DrugKind.Methamphetamine, grams / 10m, DrugUnit.Gram)]
                     : [DrugQuantity.Create(DrugKind.Methamphetamine, grams / 10m, DrugUnit.Gram), DrugQuantity.Create(DrugKind.Mdma, tablets, DrugUnit.Tablet)],
                 suspects % 2,
                 suspects * 3)),
             n)
         select rows).ToArbitrary();

    private static CriminalCase MakeCase(int unit, int severity, int group, int day, int outcome, int delay)
    {
        var recorded = Origin.AddDays(day);
        var o = (CaseOutcome)outcome;
        return CriminalCase.Create("c", Units[unit], (OffenceGroup)group, (Severity)severity, recorded, o, o == CaseOutcome.NotCleared ? null : recorded.AddDays(delay));
    }

    private static CaseTally Cases(IEnumerable<(int Part, CriminalCase Case)> rows, int? part = null) =>
        CaseTally.Tally(rows.Where(r => part is null || r.Part == part).Select(r => r.Case), Months);

    [Property]
    public Property CaseTally_MergeOfPartitions_EqualsTheWholeInAnyGrouping() => Prop.ForAll(CaseRows, rows =>
    {
        var whole = Cases(rows);
        var (a, b, c) = (Cases(rows, 0), Cases(rows, 1), Cases(rows, 2));
        return whole.Equals(a.Merge(b).Merge(c))
            && whole.Equals(a.Merge(b.Merge(c)))
            && whole.Equals(c.Merge(a).Merge(b))
            && whole.Equals(whole.Merge(CaseTally.Empty))
            && whole.Equals(CaseTally.Empty.Merge(whole));
    });

    [Property]
    public Property CaseTally_CohortCounts_NeverExceedOccurredAndNeverDecrease() => Prop.ForAll(CaseRows, rows =>
    {
        var t = Cases(rows);
        return t.Keys.All(k =>
        {
            var later = Months.Where(m => m.End >= k.Period.End).ToList();
            var cleared = later.Select(m => t.ClearedByEndOf(k.Province, k.Period, m)).ToList();
            return cleared.Zip(cleared.Skip(1)).All(p => p.First <= p.Second)
                && cleared.All(x => x <= t.Occurred(k.Province, k.Period))
                && t.Unfounded(k.Province, k.Period) <= t.Recorded(k.Province, k.Period);
        });
    });

    [Property]
    public Property CaseTally_EveryRecord_CountsSomewhereOrOutside() => Prop.ForAll(CaseRows, rows =>
    {
        var t = Cases(rows);
        var inside = rows.Count(r => Months.Any(m => m.Contains(r.Case.RecordedOn))
            || (r.Case.IsCleared && Months.Any(m => m.Contains(r.Case.OutcomeOn!.Value))));
        var recorded = rows.Count(r => Months.Any(m => m.Contains(r.Case.RecordedOn)));
        return t.Outside == rows.Length - inside
            && t.Keys.Sum(k => t.Recorded(k.Province, k.Period)) == recorded;
    });

    [Property]
    public Property CaseTally_JsonRoundTrip_IsEqual() => Prop.ForAll(CaseRows, rows =>
    {
        var t = Cases(rows);
        return t.Equals(StatsJson.Deserialize<CaseTally>(StatsJson.Serialize(t)));
    });

    [Property]
    public Property CaseTally_Rebase_EqualsTheSumOfPredecessors() => Prop.ForAll(CaseRows, rows =>
    {
        var t = new CaseTallyBuilder(Months, Units).AddAll(rows.Select(r => r.Case)).Build();
        var rebased = t.RebaseTo34();
        return Months.All(m =>
            rebased.Recorded(HoChiMinh34, m) == Units.Sum(u => t.Recorded(u, m))
            && rebased.Occurred(HoChiMinh34, m) == Units.Sum(u => t.Occurred(u, m))
            && rebased.ClearedInPeriod(HoChiMinh34, m) == Units.Sum(u => t.ClearedInPeriod(u, m))
            && rebased.ClearedByEndOf(HoChiMinh34, m, Months[2]) == Units.Sum(u => t.ClearedByEndOf(u, m, Months[2])));
    });

    [Property]
    public Property TrafficTally_MergeIsAssociativeCommutativeWithIdentity_AndRoundTrips() => Prop.ForAll(AccidentRows, rows =>
    {
        TrafficTally Part(int? p) => TrafficTally.Tally(rows.Where(r => p is null || r.Part == p).Select(r => r.Accident), Months);
        var whole = Part(null);
        var (a, b, c) = (Part(0), Part(1), Part(2));
        return whole.Equals(a.Merge(b).Merge(c))
            && whole.Equals(a.Merge(b.Merge(c)))
            && whole.Equals(b.Merge(c).Merge(a))
            && whole.Equals(whole.Merge(TrafficTally.Empty))
            && whole.Equals(StatsJson.Deserialize<TrafficTally>(StatsJson.Serialize(whole)));
    });

    [Property]
    public Property DrugSeizureTally_MergeIsAssociativeWithIdentity_AndRoundTrips() => Prop.ForAll(SeizureRows, rows =>
    {
        DrugSeizureTally Part(int? p) => DrugSeizureTally.Tally(rows.Where(r => p is null || r.Part == p).Select(r => r.Seizure), Months);
        var whole = Part(null);
        var (a, b, c) = (Part(0), Part(1), Part(2));
        return whole.Equals(a.Merge(b).Merge(c))
            && whole.Equals(a.Merge(b.Merge(c)))
            && whole.Equals(DrugSeizureTally.Empty.Merge(whole))
            && whole.Equals(StatsJson.Deserialize<DrugSeizureTally>(StatsJson.Serialize(whole)));
    });
}

internal static class CaseTallyBuilderExtensions
{
    public static CaseTallyBuilder AddAll(this CaseTallyBuilder builder, IEnumerable<CriminalCase> cases)
    {
        foreach (var c in cases)
        {
            builder.Add(c);
        }

        return builder;
    }
}
