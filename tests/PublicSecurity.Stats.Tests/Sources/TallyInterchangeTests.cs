using System.Data;
using System.Data.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Sources;

public sealed class TallyInterchangeTests
{
    private static readonly ReportingCalendar Gregorian = ReportingCalendar.Gregorian;

    private static readonly Province HaNoi34 = ProvinceCatalog.Find(ProvinceEdition.Provinces34, "01");

    // ----- builders of the tallies under test -----

    private static CriminalCase Case(Province p, Severity s, OffenceGroup g, DateOnly recorded, CaseOutcome outcome = CaseOutcome.NotCleared, DateOnly? outcomeOn = null) =>
        CriminalCase.Create("c", p, g, s, recorded, outcome, outcomeOn);

    /// <summary>Two statistical months with records, two requested months without (no key), a coverage, one record outside.</summary>
    private static CaseTally SmallCases() => new CaseTallyBuilder([Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3)])
        .Covering(DataCoverage.Create(D(15, 12, 2022), D(14, 2, 2023)))
        .Add(Case(BinhDuong, Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), CaseOutcome.ClearedByArrest, D(10, 1, 2023)))
        .Add(Case(BinhDuong, Severity.Serious, OffenceGroup.SocialOrder, D(6, 1, 2023)))
        .Add(Case(BinhDuong, Severity.LessSerious, OffenceGroup.Drugs, D(20, 1, 2023), CaseOutcome.ClearedExceptionally, D(1, 2, 2023)))
        .Add(Case(BinhDuong, Severity.LessSerious, OffenceGroup.Drugs, D(20, 1, 2023), CaseOutcome.Unfounded, D(2, 2, 2023)))
        .Add(Case(BinhDuong, Severity.Serious, OffenceGroup.SocialOrder, D(1, 5, 2023)))
        .Build();

    private static CaseTally Months(int year, Province province, int seed) =>
        CaseTally.Tally(
            Enumerable.Range(0, 40).Select(i => Case(
                province, (Severity)(i % 4), (OffenceGroup)((i + seed) % 6), Vn.Month(year, 1 + (i % 12)).Start.AddDays(i % 20),
                (CaseOutcome)(i % 4), i % 4 == 0 ? null : Vn.Month(year, 1 + (i % 12)).Start.AddDays((i % 20) + (i * 7)))),
            Enumerable.Range(1, 12).Select(m => Vn.Month(year, m)));

    private static void AssertSame<TTally>(Tally<TTally> expected, Tally<TTally> actual)
        where TTally : Tally<TTally>
    {
        Assert.True(expected.Equals(actual), $"{expected} != {actual}");
        Assert.Equal(expected.Periods, actual.Periods);
        Assert.Equal(expected.Coverage, actual.Coverage);
        Assert.Equal(expected.Outside, actual.Outside);
        Assert.Equal(expected.Edition, actual.Edition);
    }

    private static string Csv(Action<TextWriter> write)
    {
        using var w = new StringWriter();
        write(w);
        return w.ToString();
    }

    private static CaseTally CasesRoundTrip(CaseTally tally)
    {
        var csv = Csv(w => TallyInterchange.WriteCsv(tally, w));
        var fromCsv = TallyInterchange.ReadCasesCsv(new StringReader(csv));
        using var reader = TallyInterchange.CreateReader(tally);
        var fromReader = TallyInterchange.ReadCases(reader);
        AssertSame(tally, fromReader);
        Assert.Equal(csv, Csv(w => TallyInterchange.WriteCsv(fromCsv, w)));
        return fromCsv;
    }

    // ----- round trips -----

    [Fact]
    public void ReadCasesCsv_WrittenSmallTally_EqualsTheOriginalWithPeriodsCoverageAndOutside()
    {
        var tally = SmallCases();

        var read = CasesRoundTrip(tally);

        AssertSame(tally, read);
        Assert.Equal(3, read.Periods.Count);
        Assert.Equal(1, read.Outside);
        Assert.Equal(tally.EvaluationDates(BinhDuong, Vn.Month(2023, 1)), read.EvaluationDates(BinhDuong, Vn.Month(2023, 1)));
    }

    [Fact]
    public void ReadCasesCsv_MergedTalliesOf2022And2023_KeepEachCohortsEvaluationDates()
    {
        var merged = Months(2022, BinhDuong, 1).Merge(Months(2023, BinhDuong, 2)).Merge(Months(2023, HaNoi63, 3));

        var read = CasesRoundTrip(merged);

        AssertSame(merged, read);
        Assert.Equal(12, read.EvaluationDates(BinhDuong, Vn.Month(2022, 1)).Count);
        Assert.Equal(D(14, 12, 2022), read.EvaluationDates(BinhDuong, Vn.Month(2022, 1))[^1]);
        Assert.Equal(D(14, 12, 2023), read.EvaluationDates(HaNoi63, Vn.Month(2023, 3))[^1]);
    }

    [Fact]
    public void ReadCasesCsv_GregorianTallyOf34Units_EqualsTheOriginal()
    {
        var tally = new CaseTallyBuilder([Gregorian.Month(2025, 8), Gregorian.Month(2025, 9), Gregorian.Quarter(2025, 4)], [HoChiMinh34, HaNoi34])
            .Add(Case(HoChiMinh34, Severity.EspeciallySerious, OffenceGroup.CorruptionAndPosition, D(3, 8, 2025), CaseOutcome.ClearedByArrest, D(4, 9, 2025)))
            .Add(Case(HoChiMinh34, Severity.VerySerious, OffenceGroup.Other, D(3, 9, 2025)))
            .Add(Case(HoChiMinh34, Severity.VerySerious, OffenceGroup.Other, D(3, 7, 2025)))
            .Build();

        var read = CasesRoundTrip(tally);

        Assert.Equal(ProvinceEdition.Provinces34, read.Edition);
        Assert.True(read.Contains(HaNoi34, Gregorian.Month(2025, 8)));
    }

    [Fact]
    public void ReadCasesCsv_CustomPeriods_EqualsTheOriginal()
    {
        var first = ReportingPeriod.Create(D(1, 1, 2024), D(10, 1, 2024));
        var second = ReportingPeriod.Create(D(11, 1, 2024), D(31, 3, 2024));
        var tally = CaseTally.Tally(
            [Case(BinhDuong, Severity.Serious, OffenceGroup.EconomicOrder, D(5, 1, 2024), CaseOutcome.ClearedByArrest, D(20, 1, 2024)), Case(HoChiMinh63, Severity.Serious, OffenceGroup.EnvironmentAndFoodSafety, D(5, 2, 2024))],
            [first, second]);

        var read = CasesRoundTrip(tally);

        Assert.Equal(PeriodUnit.Custom, read.Periods[0].Unit);
    }

    [Fact]
    public void ReadCasesCsv_EmptyTally_IsEmpty()
    {
        AssertSame(CaseTally.Empty, CasesRoundTrip(CaseTally.Empty));
    }

    [Fact]
    public void ReadTrafficCsv_WrittenTally_EqualsTheOriginal()
    {
        var tally = new TrafficTallyBuilder([Vn.Month(2023, 4), Vn.Month(2023, 5), Vn.Month(2023, 6)], [BinhDuong, HaNoi63])
            .Covering(DataCoverage.Create(D(15, 3, 2023), D(14, 5, 2023)))
            .Add(TrafficAccident.Create(BinhDuong, D(30, 4, 2023), 1, 2))
            .Add(TrafficAccident.Create(BinhDuong, D(1, 5, 2023), 0, 0))
            .Add(TrafficAccident.Create(BinhDuong, D(1, 1, 2023), 0, 1))
            .Build();

        var read = TallyInterchange.ReadTrafficCsv(new StringReader(Csv(w => TallyInterchange.WriteCsv(tally, w))));
        using var reader = TallyInterchange.CreateReader(tally);

        AssertSame(tally, read);
        AssertSame(tally, TallyInterchange.ReadTraffic(reader));
        Assert.Equal(1, read.Outside);
    }

    [Fact]
    public void ReadDrugSeizuresCsv_WrittenTallyWithQuantities_EqualsTheOriginal()
    {
        var tally = new DrugSeizureTallyBuilder([Gregorian.Quarter(2025, 3), Gregorian.Quarter(2025, 4)], [HoChiMinh34, HaNoi34])
            .Add(DrugSeizure.Create(HoChiMinh34, D(15, 8, 2025), 3, [DrugQuantity.Create(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram), DrugQuantity.Create(DrugKind.Mdma, 120, DrugUnit.Tablet)], 1, 6))
            .Add(DrugSeizure.Create(HoChiMinh34, D(16, 8, 2025), 1, [DrugQuantity.Create(DrugKind.Methamphetamine, 0.25m, DrugUnit.Gram), DrugQuantity.Create(DrugKind.Heroin, 2, DrugUnit.Block)], 0, 0))
            .Add(DrugSeizure.Create(HaNoi34, D(1, 10, 2025), 2, [], 0, 0))
            .Build();

        var read = TallyInterchange.ReadDrugSeizuresCsv(new StringReader(Csv(w => TallyInterchange.WriteCsv(tally, w))));
        using var reader = TallyInterchange.CreateReader(tally);

        AssertSame(tally, read);
        AssertSame(tally, TallyInterchange.ReadDrugSeizures(reader));
        Assert.Equal(3, read.Get(HoChiMinh34, Gregorian.Quarter(2025, 3)).Quantities.Count);
    }

    [Fact]
    public void ReadDrillsCsv_WrittenTallyWithAKeyWithoutDrills_EqualsTheOriginal()
    {
        var tally = new DrillTallyBuilder([Vn.Quarter(2023, 1), Vn.Quarter(2023, 2)], [BinhDuong, BaRiaVungTau])
            .Add(Drill.Create(DrillKind.RescuePlanDrill, BinhDuong, D(10, 3, 2023), 120))
            .Add(Drill.Create(DrillKind.TrainingClass, BinhDuong, D(11, 3, 2023), 0))
            .Add(Drill.Create(DrillKind.FirefightingPlanDrill, BinhDuong, D(10, 5, 2023), 30))
            .Add(Drill.Create(DrillKind.FirefightingPlanDrill, BinhDuong, D(10, 7, 2023), 30))
            .Build();
        var csv = Csv(w => TallyInterchange.WriteCsv(tally, w));

        var read = TallyInterchange.ReadDrillsCsv(new StringReader(csv));
        using var reader = TallyInterchange.CreateReader(tally);

        AssertSame(tally, read);
        AssertSame(tally, TallyInterchange.ReadDrills(reader));
        Assert.Contains("1,drills,entry,77,63,2022-12-15,2023-03-14,quarter,2023,1,14,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCampaignsCsv_WrittenTally_EqualsTheOriginal()
    {
        var tally = new CampaignTallyBuilder([Vn.Month(2023, 3), Vn.Month(2023, 4)])
            .Add(CrackdownCampaign.Create(CampaignKind.PeakCrackdown, BinhDuong, D(1, 3, 2023), D(31, 3, 2023)))
            .Add(BinhDuong, Vn.Month(2023, 4), CampaignKind.FugitiveArrestAndSurrender, 4)
            .Build();

        var read = TallyInterchange.ReadCampaignsCsv(new StringReader(Csv(w => TallyInterchange.WriteCsv(tally, w))));
        using var reader = TallyInterchange.CreateReader(tally);

        AssertSame(tally, read);
        AssertSame(tally, TallyInterchange.ReadCampaigns(reader));
    }

    [Theory]
    [InlineData(ElectronicIdLevel.Level1)]
    [InlineData(ElectronicIdLevel.Level2)]
    public void ReadElectronicIdCsv_WrittenTally_EqualsTheOriginalWithItsLevel(ElectronicIdLevel level)
    {
        var tally = new ElectronicIdTallyBuilder([Vn.Month(2024, 1), Vn.Month(2024, 2)], level)
            .Add(ElectronicIdActivation.Create(BinhDuong, level, D(10, 1, 2024), 1_853_482, 1_638_237, 1_200_000))
            .Add(ElectronicIdActivation.Create(HaNoi63, level, D(10, 2, 2024), null, 7_000_000))
            .Add(ElectronicIdActivation.Create(HaNoi63, level, D(10, 6, 2024), null, 7_100_000))
            .Build();

        var read = TallyInterchange.ReadElectronicIdCsv(new StringReader(Csv(w => TallyInterchange.WriteCsv(tally, w))));
        using var reader = TallyInterchange.CreateReader(tally);

        AssertSame(tally, read);
        AssertSame(tally, TallyInterchange.ReadElectronicId(reader));
        Assert.Equal(level, read.Level);
    }

    private static readonly DateOnly Origin = new(2022, 12, 1);

    private static readonly Province[] Units = [BinhDuong, BaRiaVungTau, HoChiMinh63];

    private static readonly Arbitrary<CriminalCase[]> CaseRecords =
        (from n in Gen.Choose(0, 40)
         from rows in Gen.ArrayOf(
             from unit in Gen.Choose(0, 2)
             from severity in Gen.Choose(0, 3)
             from g in Gen.Choose(0, 5)
             from day in Gen.Choose(0, 150)
             from outcome in Gen.Choose(0, 3)
             from delay in Gen.Choose(0, 60)
             select CriminalCase.Create("c", Units[unit], (OffenceGroup)g, (Severity)severity, Origin.AddDays(day), (CaseOutcome)outcome, outcome == 0 ? null : Origin.AddDays(day + delay)),
             n)
         select rows).ToArbitrary();

    [Property]
    public Property ReadCasesCsv_AnyWrittenCaseTally_IsTheIdentity() => Prop.ForAll(CaseRecords, records =>
    {
        var tally = new CaseTallyBuilder([Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3)])
            .Covering(DataCoverage.Create(D(15, 12, 2022), D(14, 3, 2023)))
            .AddRange(records)
            .Build();
        CasesRoundTrip(tally);
    });

    [Fact]
    public void WriteCsv_SmallCaseTally_MatchesSnapshot()
    {
        Snapshot.Verify(Csv(w => TallyInterchange.WriteCsv(SmallCases(), w)), "csv");
    }

    [Fact]
    public void WriteCsv_AnyTally_HeaderStartsWithTheInteropColumns()
    {
        var csv = Csv(w => TallyInterchange.WriteCsv(TrafficTally.Empty, w));

        Assert.StartsWith("schema_version,tally,row_kind,province_code,edition,period_start,period_end", csv, StringComparison.Ordinal);
        Assert.Equal(string.Join(',', TallyInterchange.Columns) + "\n1,traffic,outside" + new string(',', TallyInterchange.Columns.Count - 3) + "0\n", csv);
    }

    [Fact]
    public void CreateReader_CaseTally_GivesTypedColumns()
    {
        using var reader = TallyInterchange.CreateReader(SmallCases());

        Assert.Equal(TallyInterchange.Columns, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        Assert.Equal(typeof(int), reader.GetFieldType(reader.GetOrdinal("schema_version")));
        Assert.Equal(typeof(long), reader.GetFieldType(reader.GetOrdinal("cleared_by")));
        Assert.Equal(typeof(DateTime), reader.GetFieldType(reader.GetOrdinal("period_start")));
        Assert.Equal(typeof(decimal), reader.GetFieldType(reader.GetOrdinal("amount")));
        Assert.True(reader.Read());
        Assert.Equal(new DateTime(2022, 12, 15), reader.GetDateTime(reader.GetOrdinal("period_start")));
        Assert.True(reader.IsDBNull(reader.GetOrdinal("province_code")));
    }

    [Fact]
    public void ReadCases_ValuesAsEnginesGiveThem_ReadsTheSameTally()
    {
        var tally = SmallCases();
        using var typed = TallyInterchange.CreateReader(tally);
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        for (var i = 0; i < typed.FieldCount; i++)
        {
            var t = typed.GetFieldType(i);
            table.Columns.Add(typed.GetName(i).ToUpperInvariant(), t == typeof(long) ? typeof(decimal) : t == typeof(int) ? typeof(short) : t == typeof(DateTime) ? typeof(string) : t);
        }

        table.Columns.Add("extra", typeof(string));
        while (typed.Read())
        {
            var values = new object[typed.FieldCount + 1];
            for (var i = 0; i < typed.FieldCount; i++)
            {
                var v = typed.GetValue(i);
                values[i] = v switch { long l => (decimal)l, int n => (short)n, DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), _ => v };
            }

            values[^1] = "ignored";
            table.Rows.Add(values);
        }

        using var reader = table.CreateDataReader();

        AssertSame(tally, TallyInterchange.ReadCases(reader));
    }

    [Fact]
    public void Methods_NullArguments_ThrowArgumentNullException()
    {
        using var w = new StringWriter();
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((CaseTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(CaseTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((TrafficTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(TrafficTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((DrugSeizureTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(DrugSeizureTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((DrillTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(DrillTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((CampaignTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(CampaignTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv((ElectronicIdTally)null!, w));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.WriteCsv(ElectronicIdTally.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((CaseTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((TrafficTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((DrugSeizureTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((DrillTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((CampaignTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.CreateReader((ElectronicIdTally)null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadCases(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadTraffic(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadDrugSeizures(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadDrills(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadCampaigns(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadElectronicId(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadCasesCsv(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadTrafficCsv(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadDrugSeizuresCsv(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadDrillsCsv(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadCampaignsCsv(null!));
        Assert.Throws<ArgumentNullException>(() => TallyInterchange.ReadElectronicIdCsv(null!));
    }

    // ----- read rules: each broken rule names row, column, value and rule -----

    private static readonly string CasesCsv = Csv(w => TallyInterchange.WriteCsv(SmallCases(), w));

    private static string[] Lines(string csv) => csv.TrimEnd('\n').Split('\n');

    private static string Edit(string csv, int row, params (string Column, string Value)[] changes)
    {
        var lines = Lines(csv);
        var header = lines[0].Split(',');
        var fields = lines[row].Split(',');
        foreach (var (column, value) in changes)
        {
            fields[Array.IndexOf(header, column)] = value;
        }

        lines[row] = string.Join(',', fields);
        return string.Join('\n', lines) + "\n";
    }

    private static string Append(string csv, int copyOf, params (string Column, string Value)[] changes)
    {
        var lines = Lines(csv);
        return Edit(csv + lines[copyOf] + "\n", lines.Length, changes);
    }

    private static void AssertRejected(Func<object> read, long row, string column, string value, string rule)
    {
        var ex = Assert.Throws<RowRejectedException>(read);
        Assert.Equal(row, ex.Row);
        Assert.Equal(column, ex.Column);
        Assert.Equal(value, ex.Value);
        Assert.Contains(rule, ex.Rule, StringComparison.Ordinal);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    private static void AssertCasesRejected(string csv, long row, string column, string value, string rule) =>
        AssertRejected(() => TallyInterchange.ReadCasesCsv(new StringReader(csv)), row, column, value, rule);

    [Theory]
    [InlineData(1, "schema_version", "2", "schema version 1 is the one this library reads")]
    [InlineData(6, "tally", "traffic", "every row must be of the tally read, 'cases'")]
    [InlineData(6, "row_kind", "quantity", "the row kind of a cases tally must be one of entry, runoff, outside, period, coverage")]
    [InlineData(6, "province_code", "1", "the province code must be a code of the 63-unit edition exactly as the catalogue writes it")]
    [InlineData(6, "edition", "62", "the edition must be 63")]
    [InlineData(1, "period_unit", "Month", "column 'period_unit' must be one of custom, month, quarter, halfYear, year, firstMonths, spelt exactly")]
    [InlineData(6, "severity", "Serious", "column 'severity' must be one of lessSerious, serious, verySerious, especiallySerious, spelt exactly")]
    [InlineData(6, "offence_group", "social_order", "spelt exactly")]
    [InlineData(1, "period_start", "2022-12-16", "the start must be that of January 2023")]
    [InlineData(1, "period_end", "2023-01-15", "the end must be that of January 2023")]
    [InlineData(1, "cutoff_day", "32", "the cut-off day must be between 1 and 31")]
    [InlineData(1, "period_index", "13", "the month must be between 1 and 12")]
    [InlineData(6, "recorded", "-1", "a count must not be negative")]
    [InlineData(6, "unfounded", "3", "the unfounded cases must not exceed the recorded cases (2)")]
    [InlineData(6, "occurred", "1", "occurred must equal recorded − unfounded (2 − 0 = 2)")]
    [InlineData(7, "cleared_by", "3", "the cases cleared must not exceed the cases that occurred on a cohort basis (recorded 2 − unfounded 0 = 2)")]
    [InlineData(8, "cleared_by", "0", "the cleared-by counts must not decrease over the evaluation dates; 0 at 14/02/2023 follows 1")]
    [InlineData(7, "evaluated_on", "2023-01-13", "the evaluation dates must not be before the end of the cohort's period (14/01/2023)")]
    [InlineData(6, "recorded", "1.5", "column 'recorded' must be a whole number")]
    [InlineData(7, "evaluated_on", "2023/01/14", "column 'evaluated_on' must be a date (yyyy-MM-dd")]
    [InlineData(1, "recorded", "5", "column 'recorded' does not apply to a 'period' row of a cases tally and must be NULL")]
    [InlineData(5, "outside", "-1", "a count must not be negative")]
    [InlineData(4, "period_end", "2022-12-01", "the as-of date must not be before the first day covered (15/12/2022)")]
    [InlineData(6, "cleared_in_period", "", "column 'cleared_in_period' must not be NULL")]
    public void ReadCasesCsv_ValueBreakingARule_ThrowsNamingRowColumnValueAndRule(int row, string column, string value, string rule)
    {
        AssertCasesRejected(Edit(CasesCsv, row, (column, value)), row, column, value.Length == 0 ? "(null)" : value, rule);
    }

    [Fact]
    public void ReadCasesCsv_CustomPeriodWithAYear_Throws()
    {
        AssertCasesRejected(Edit(CasesCsv, 1, ("period_unit", "custom")), 1, "period_year", "2023", "a custom period has no year, index or cut-off day");
    }

    [Fact]
    public void ReadCasesCsv_SeverityWithoutOffenceGroup_Throws()
    {
        AssertCasesRejected(Edit(CasesCsv, 6, ("offence_group", string.Empty)), 6, "offence_group", "(null)", "severity and offence_group are both given or both NULL");
    }

    [Fact]
    public void ReadCasesCsv_EntryRowWithoutACellButWithCounts_Throws()
    {
        AssertCasesRejected(Edit(CasesCsv, 6, ("severity", string.Empty), ("offence_group", string.Empty)), 6, "recorded", "2", "its counts must be 0");
    }

    [Fact]
    public void ReadCasesCsv_RunoffRowWithoutACellButClearedBy_Throws()
    {
        AssertCasesRejected(Edit(CasesCsv, 7, ("severity", string.Empty), ("offence_group", string.Empty)), 7, "cleared_by", "1", "its cleared_by must be 0");
    }

    [Fact]
    public void ReadCasesCsv_ProvinceCodeOfTheOtherEdition_Throws()
    {
        AssertCasesRejected(Edit(CasesCsv, 6, ("edition", "34")), 6, "province_code", "74", "a code of the 34-unit edition");
    }

    [Fact]
    public void ReadCasesCsv_DuplicateEntryRow_ThrowsNamingTheFirst()
    {
        AssertCasesRejected(Append(CasesCsv, 6), 13, "severity", "serious", "row 6 is an entry row of the same key and cell");
    }

    [Fact]
    public void ReadCasesCsv_DuplicateRunoffRow_ThrowsNamingTheFirst()
    {
        AssertCasesRejected(Append(CasesCsv, 7), 13, "evaluated_on", "2023-01-14", "row 7 is the same key, cell and date");
    }

    [Fact]
    public void ReadCasesCsv_RunoffRowOfAKeyWithNoEntryRow_Throws()
    {
        AssertCasesRejected(Append(CasesCsv, 7, ("province_code", "01")), 13, "row_kind", "runoff", "a runoff row must follow an entry row of its province and period");
    }

    [Fact]
    public void ReadCasesCsv_SecondOutsideRow_Throws()
    {
        AssertCasesRejected(Append(CasesCsv, 5), 13, "row_kind", "outside", "a table has at most one outside row; row 5 is one");
    }

    [Fact]
    public void ReadCasesCsv_SecondCoverageRow_Throws()
    {
        AssertCasesRejected(Append(CasesCsv, 4), 13, "row_kind", "coverage", "a table has at most one coverage row; row 4 is one");
    }

    [Fact]
    public void ReadCasesCsv_OverlappingUnequalPeriod_ThrowsAtTheRowThatBroughtIt()
    {
        AssertCasesRejected(
            Append(CasesCsv, 1, ("period_unit", "quarter"), ("period_end", "2023-03-14")), 13, "period_start", "2022-12-15",
            "a tally's periods must be equal or disjoint; Q1 2023 (15/12/2022–14/03/2023) overlaps January 2023 (15/12/2022–14/01/2023) (row 1)");
    }

    [Fact]
    public void ReadCasesCsv_PeriodOfAnotherCalendar_Throws()
    {
        AssertCasesRejected(
            Append(CasesCsv, 1, ("period_start", "2023-04-01"), ("period_end", "2023-04-30"), ("period_index", "4"), ("cutoff_day", "31")),
            13, "cutoff_day", "31", "a tally's periods must all be of one calendar");
    }

    [Fact]
    public void ReadCasesCsv_KeyOfAnotherEdition_Throws()
    {
        AssertCasesRejected(Append(CasesCsv, 6, ("edition", "34"), ("province_code", "79")), 13, "edition", "34", "a tally's provinces must all be of one edition; row 6 is of the 63-unit edition");
    }

    [Fact]
    public void ReadCasesCsv_MissingColumn_ThrowsAtTheHeaderNamingIt()
    {
        var lines = Lines(CasesCsv).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != TallyInterchange.Columns.ToList().IndexOf("occurred"))));

        AssertCasesRejected(string.Join('\n', lines), 0, "occurred", "(missing)", "must have the column 'occurred'");
    }

    [Fact]
    public void ReadCasesCsv_RecordWithTooFewFields_Throws()
    {
        AssertCasesRejected(CasesCsv + "1,cases\n", 13, "row_kind", "1,cases", "a CSV record must have as many fields as the header (41); it had 2");
    }

    [Fact]
    public void ReadCasesCsv_UnterminatedQuote_Throws()
    {
        AssertCasesRejected(CasesCsv + "1,\"cases\n", 13, "tally", "cases\n", "a quoted CSV field must end with a quote");
    }

    [Fact]
    public void ReadCasesCsv_EmptyInput_ThrowsAtTheHeader()
    {
        AssertCasesRejected(string.Empty, 0, "schema_version", "(empty)", "a CSV table must start with its header line");
    }

    [Fact]
    public void ReadCasesCsv_QuotedFieldsAndCrLf_ReadLikeThePlainCsv()
    {
        var csv = CasesCsv.Replace("\n", "\r\n", StringComparison.Ordinal).Replace(",cases,", ",\"cases\",", StringComparison.Ordinal);

        AssertSame(SmallCases(), TallyInterchange.ReadCasesCsv(new StringReader(csv)));
    }

    [Fact]
    public void ReadCasesCsv_RowsInAnyOrder_ReadTheSameTally()
    {
        var lines = Lines(CasesCsv);

        var read = TallyInterchange.ReadCasesCsv(new StringReader(string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse()))));

        AssertSame(SmallCases(), read);
    }

    [Fact]
    public void ReadCasesCsv_NoRunoffRowAtADate_TheDateIsNotAnEvaluationDate()
    {
        var lines = Lines(CasesCsv).Where((_, i) => i != 7);

        var read = TallyInterchange.ReadCasesCsv(new StringReader(string.Join('\n', lines)));

        Assert.Equal([D(14, 2, 2023), D(14, 3, 2023)], read.EvaluationDates(BinhDuong, Vn.Month(2023, 1)));
    }

    [Fact]
    public void ReadTrafficCsv_CsvOfACaseTally_ThrowsAtTheFirstRow()
    {
        AssertRejected(() => TallyInterchange.ReadTrafficCsv(new StringReader(CasesCsv)), 1, "tally", "cases", "every row must be of the tally read, 'traffic'");
    }

    [Fact]
    public void ReadCases_ProvinceCodeAsANumber_Throws()
    {
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var c in TallyInterchange.Columns)
        {
            table.Columns.Add(c, c == "province_code" ? typeof(int) : typeof(string));
        }

        var fields = Lines(CasesCsv)[6].Split(',');
        table.Rows.Add([.. fields.Select((f, i) => f.Length == 0 ? DBNull.Value : i == 3 ? int.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : (object)f)]);
        using var reader = table.CreateDataReader();

        AssertRejected(() => TallyInterchange.ReadCases(reader), 1, "province_code", "74", "column 'province_code' must be text");
    }

    [Fact]
    public void ReadCases_DateWithATimeOfDay_Throws()
    {
        using var typed = TallyInterchange.CreateReader(SmallCases());
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Load(typed);
        table.Rows[0]["period_start"] = new DateTime(2022, 12, 15, 7, 0, 0);
        using var reader = table.CreateDataReader();

        AssertRejected(() => TallyInterchange.ReadCases(reader), 1, "period_start", "2022-12-15T07:00:00.0000000", "must be a date");
    }

    [Fact]
    public void ReadCases_DecimalCountWithAFraction_ThrowsNamingTheColumnAsTheSourceSpellsIt()
    {
        using var typed = TallyInterchange.CreateReader(SmallCases());
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Load(typed);
        table.Columns.Add("recorded_as_decimal", typeof(decimal));
        foreach (DataRow r in table.Rows)
        {
            r["recorded_as_decimal"] = r["recorded"] is long l ? (decimal)l : DBNull.Value;
        }

        table.Columns.Remove("recorded");
        table.Columns["recorded_as_decimal"]!.ColumnName = "RECORDED";
        table.Rows[5]["RECORDED"] = 2.5m;
        using var reader = table.CreateDataReader();

        AssertRejected(() => TallyInterchange.ReadCases(reader), 6, "RECORDED", "2.5", "column 'recorded' must be a whole number");
    }

    private static readonly string TrafficCsv = Csv(w => TallyInterchange.WriteCsv(
        new TrafficTallyBuilder([Vn.Month(2023, 5)]).Add(TrafficAccident.Create(BinhDuong, D(1, 5, 2023), 1, 2)).Build(), w));

    [Fact]
    public void ReadTrafficCsv_DeathsWithoutAccident_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadTrafficCsv(new StringReader(Edit(TrafficCsv, 3, ("accidents", "0")))), 3, "accidents", "0", "the accidents must be positive when there are deaths (1) or injured (2)");
    }

    [Fact]
    public void ReadTrafficCsv_DuplicateKey_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadTrafficCsv(new StringReader(Append(TrafficCsv, 3))), 4, "province_code", "74", "a key has one entry row; row 3 is the same province and period");
    }

    private static readonly string DrillsCsv = Csv(w => TallyInterchange.WriteCsv(
        new DrillTallyBuilder([Vn.Month(2023, 3)], [BinhDuong, HaNoi63]).Add(Drill.Create(DrillKind.RescuePlanDrill, BinhDuong, D(10, 3, 2023), 120)).Build(), w));

    [Fact]
    public void ReadDrillsCsv_AttendancesWithoutDrill_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadDrillsCsv(new StringReader(Edit(DrillsCsv, 4, ("drills", "0")))), 4, "drills", "0", "the count must be positive when there are attendances (120)");
    }

    [Fact]
    public void ReadDrillsCsv_DuplicateKind_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadDrillsCsv(new StringReader(Append(DrillsCsv, 4))), 5, "drill_kind", "rescuePlanDrill", "row 4 is an entry row of the same key and kind");
    }

    [Fact]
    public void ReadDrillsCsv_KeyWithoutKindWithCounts_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadDrillsCsv(new StringReader(Edit(DrillsCsv, 3, ("drills", "2")))), 3, "drills", "2", "an entry row with NULL drill_kind stands for a key with no drill held; its counts must be 0");
    }

    private static readonly string DrugsCsv = Csv(w => TallyInterchange.WriteCsv(
        new DrugSeizureTallyBuilder([Vn.Month(2023, 4)]).Add(SeizureRecord()).Build(), w));

    [Theory]
    [InlineData(5, "amount", "0", "the amount must be positive")]
    [InlineData(4, "amount", "1.5", "the amount in Block units must be a whole number")]
    [InlineData(3, "guns", "-1", "a count must not be negative")]
    [InlineData(4, "drug_unit", "kg", "column 'drug_unit' must be one of gram, kilogram, tablet, block, plant, spelt exactly")]
    public void ReadDrugSeizuresCsv_ValueBreakingARule_Throws(int row, string column, string value, string rule)
    {
        AssertRejected(() => TallyInterchange.ReadDrugSeizuresCsv(new StringReader(Edit(DrugsCsv, row, (column, value)))), row, column, value, rule);
    }

    [Fact]
    public void ReadDrugSeizuresCsv_DuplicateQuantity_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadDrugSeizuresCsv(new StringReader(Append(DrugsCsv, 4))), 7, "drug_kind", "heroin", "row 4 is the same key, kind and unit");
    }

    [Fact]
    public void ReadDrugSeizuresCsv_QuantityOfAKeyWithNoEntryRow_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadDrugSeizuresCsv(new StringReader(Append(DrugsCsv, 4, ("province_code", "01")))), 7, "row_kind", "quantity", "a quantity row must belong to an entry row of its province and period");
    }

    private static readonly string IdCsv = Csv(w => TallyInterchange.WriteCsv(
        new ElectronicIdTallyBuilder([Vn.Month(2024, 1)])
            .Add(ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level2, D(10, 1, 2024), 1_853_482, 1_638_237, 1_200_000))
            .Add(ElectronicIdActivation.Create(HaNoi63, ElectronicIdLevel.Level2, D(11, 1, 2024), null, 7_000_000))
            .Build(),
        w));

    [Fact]
    public void ReadElectronicIdCsv_MixedLevels_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadElectronicIdCsv(new StringReader(Edit(IdCsv, 4, ("level", "level1")))), 4, "level", "level1", "all entry rows of an e-ID tally must be of one level; row 3 is level2");
    }

    [Fact]
    public void ReadElectronicIdCsv_LatestBeforeEarliest_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadElectronicIdCsv(new StringReader(Edit(IdCsv, 3, ("latest_as_of", "2024-01-01")))), 3, "latest_as_of", "2024-01-01", "the latest as-of date must not be before the earliest (11/01/2024)");
    }

    [Fact]
    public void ReadElectronicIdCsv_NoLevel_Throws()
    {
        AssertRejected(() => TallyInterchange.ReadElectronicIdCsv(new StringReader(Edit(IdCsv, 3, ("level", string.Empty)))), 3, "level", "(null)", "every entry row of an e-ID tally names its level");
    }

    [Fact]
    public void ReadCampaignsCsv_NegativeCount_Throws()
    {
        var csv = Csv(w => TallyInterchange.WriteCsv(CampaignTally.Tally([CampaignRecord()], [Vn.Month(2023, 3)]), w));

        AssertRejected(() => TallyInterchange.ReadCampaignsCsv(new StringReader(Edit(csv, 3, ("peak_crackdown", "-2")))), 3, "peak_crackdown", "-2", "a count must not be negative");
    }
}
