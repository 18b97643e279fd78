using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>Turns case records into the columns of <see cref="CaseColumns"/>, and builds columns row by row for bad-input tests.</summary>
internal static class CaseRows
{
    public static CaseColumns Columns(IReadOnlyList<CriminalCase> records)
    {
        var n = records.Count;
        var province = new byte[n];
        var recorded = new int[n];
        var kind = new byte[n];
        var outcome = new int[n];
        var severity = new byte[n];
        var group = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var c = records[i];
            province[i] = (byte)ProvinceCatalog.IndexOf(c.Province);
            recorded[i] = c.RecordedOn.DayNumber;
            kind[i] = (byte)c.Outcome;
            outcome[i] = c.OutcomeOn?.DayNumber ?? -1;
            severity[i] = (byte)c.Severity;
            group[i] = (byte)c.OffenceGroup;
        }

        return new CaseColumns(province, recorded, kind, outcome, severity, group);
    }

    /// <summary>The columns of <paramref name="records"/> with one row's values replaced.</summary>
    public static CaseColumns WithRow(IReadOnlyList<CriminalCase> records, int row, int? province = null, int? recordedDay = null, int? kind = null, int? outcomeDay = null, int? severity = null, int? group = null)
    {
        var c = Columns(records);
        var p = c.ProvinceIndex.ToArray();
        var r = c.RecordedDay.ToArray();
        var k = c.OutcomeKind.ToArray();
        var o = c.OutcomeDay.ToArray();
        var s = c.Severity.ToArray();
        var g = c.OffenceGroup.ToArray();
        p[row] = (byte)(province ?? p[row]);
        r[row] = recordedDay ?? r[row];
        k[row] = (byte)(kind ?? k[row]);
        o[row] = outcomeDay ?? o[row];
        s[row] = (byte)(severity ?? s[row]);
        g[row] = (byte)(group ?? g[row]);
        return new CaseColumns(p, r, k, o, s, g);
    }

    /// <summary>Seeded random valid cases over the 63 provinces, recorded from 01/11/2022 for <paramref name="days"/> days.</summary>
    public static CriminalCase[] Random(int count, int seed, int days = 200, int provinces = 63)
    {
        var random = new Random(seed);
        var units = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var origin = new DateOnly(2022, 11, 1);
        var cases = new CriminalCase[count];
        for (var i = 0; i < count; i++)
        {
            var recorded = origin.AddDays(random.Next(days));
            var outcome = (CaseOutcome)random.Next(4);
            cases[i] = CriminalCase.Create(
                "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                units[random.Next(provinces)],
                (OffenceGroup)random.Next(6),
                (Severity)random.Next(4),
                recorded,
                outcome,
                outcome == CaseOutcome.NotCleared ? null : recorded.AddDays(random.Next(120)));
        }

        return cases;
    }
}
