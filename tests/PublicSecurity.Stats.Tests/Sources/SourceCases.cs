using System.Data;
using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>
/// The cases every data-source path is tested with: seeded random cases whose dates fall before, inside, between and
/// after the periods, on 29 February 2024 and around cut-off days, with outcome dates in later periods; and the same
/// cases as raw rows the way exports spell them (codes with and without zeros, names in NFC and NFD, dates as values
/// and as text in both orders, outcomes as names and numbers).
/// </summary>
internal static class SourceCases
{
    /// <summary>Vietnam-statistical months of 2024 (cut-off day 14; February ends on the 14th, after 29 February's month began), with a gap (May missing).</summary>
    public static readonly ReportingPeriod[] VnMonths =
        [.. Enumerable.Range(1, 8).Where(m => m != 5).Select(m => ReportingCalendar.VietnamStatistical.Month(2024, m))];

    /// <summary>Gregorian quarters of 2024.</summary>
    public static readonly ReportingPeriod[] GregorianQuarters =
        [.. Enumerable.Range(1, 3).Select(q => ReportingCalendar.Gregorian.Quarter(2024, q))];

    /// <summary>Seeded random valid cases of one edition, recorded from 01/11/2023 over 330 days (29/02/2024 and several cut-offs inside).</summary>
    public static CriminalCase[] Random(int count, int seed, ProvinceEdition edition = ProvinceEdition.Provinces63)
    {
        var random = new Random(seed);
        var units = ProvinceCatalog.All(edition);
        var origin = new DateOnly(2023, 11, 1);
        var leap = new DateOnly(2024, 2, 29);
        var cases = new CriminalCase[count];
        for (var i = 0; i < count; i++)
        {
            // One case in eight is recorded on 29 February or on a cut-off day or the day after.
            var recorded = (i % 8) switch
            {
                0 => leap,
                1 => new DateOnly(2024, 1 + random.Next(8), 14),
                2 => new DateOnly(2024, 1 + random.Next(8), 15),
                _ => origin.AddDays(random.Next(330)),
            };
            var outcome = (CaseOutcome)random.Next(4);
            cases[i] = CriminalCase.Create(
                "c" + i.ToString(CultureInfo.InvariantCulture),
                units[random.Next(units.Count)],
                (OffenceGroup)random.Next(6),
                (Severity)random.Next(4),
                recorded,
                outcome,
                outcome == CaseOutcome.NotCleared ? null : recorded.AddDays(random.Next(i % 5 == 0 ? 200 : 40)));
        }

        return cases;
    }

    /// <summary>Three good cases of January 2024 (VN calendar), by rows 1–3: not cleared, cleared by arrest on 20/01, unfounded.</summary>
    public static CriminalCase[] ThreeGood()
    {
        var bd = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
        return
        [
            CriminalCase.Create("a", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 1, 10), CaseOutcome.NotCleared, null),
            CriminalCase.Create("b", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 1, 10), CaseOutcome.ClearedByArrest, new DateOnly(2024, 1, 20)),
            CriminalCase.Create("c", bd, OffenceGroup.EconomicOrder, Severity.LessSerious, new DateOnly(2024, 1, 11), CaseOutcome.Unfounded, new DateOnly(2024, 1, 12)),
        ];
    }

    /// <summary>The rows of <see cref="ThreeGood"/> as a table, a bad-row test changing one cell.</summary>
    public static DataTable ThreeRows()
    {
        var table = Table(ThreeGood());
        table.Rows[0]["recorded_on"] = "2024-01-10";
        return table;
    }

    /// <summary>The cases as a table of raw values, spelled differently row by row (see the class remarks).</summary>
    public static DataTable Table(IReadOnlyList<CriminalCase> cases, bool typed = false)
    {
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var name in new[] { "id", "province", "recorded_on", "outcome", "outcome_on", "severity", "offence_group" })
        {
            table.Columns.Add(name, typeof(object));
        }

        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            table.Rows.Add(
                c.Id,
                typed && i % 3 == 0 ? int.Parse(c.Province.Code, CultureInfo.InvariantCulture) : Province(c.Province, i),
                typed ? c.RecordedOn.ToDateTime(TimeOnly.MinValue) : Date(c.RecordedOn, i),
                i % 2 == 0 ? Camel(c.Outcome.ToString()) : (object)(int)c.Outcome,
                c.OutcomeOn is DateOnly on ? (typed ? on.ToDateTime(TimeOnly.MinValue) : Date(on, i + 1)) : (i % 4 == 0 ? string.Empty : DBNull.Value),
                i % 3 == 1 ? ((int)c.Severity).ToString(CultureInfo.InvariantCulture) : Camel(c.Severity.ToString()),
                i % 5 == 2 ? c.OffenceGroup.ToString() : Camel(c.OffenceGroup.ToString()));
        }

        return table;
    }

    /// <summary>A province as exports write it: the code, the code without its leading zero, the name in NFC or in NFD.</summary>
    public static string Province(Province province, int row) => (row % 4) switch
    {
        0 => province.Code,
        1 => province.Code.TrimStart('0'),
        2 => province.Name.Normalize(NormalizationForm.FormD),
        _ => province.Name,
    };

    public static string Date(DateOnly date, int row) =>
        date.ToString(row % 2 == 0 ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
