using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Npgsql;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tests.Aggregation;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>
/// Issue 17, part 6: for the same generated rows, every path into the library gives the identical tally, every cell —
/// records before, inside, between and after the periods, 29 February, cut-off days, both province editions, names in
/// NFD, outcome dates in later periods: typed records, columns, any data reader, the tally interchange round trip, an
/// engine's own GROUP BY written in the interchange schema, the library's query on one PostgreSQL server, on a
/// coordinator over two postgres_fdw shards, and on each shard merged.
/// </summary>
public sealed class SourceEquivalenceTests
{
    private static readonly CriminalCase[] Cases = SourceCases.Random(20_000, seed: 1717);

    private static readonly Lazy<Task<PostgresCaseTables>> Tables =
        new(() => PostgresServers.LoadCasesAsync([.. PostgresTallyTests.Rows(Cases)], "equivalence_cases"));

    public static TheoryData<string> PeriodSets() => ["vn-months", "gregorian-quarters", "vn-year"];

    [Theory]
    [MemberData(nameof(PeriodSets))]
    public async Task EveryPath_SameRows_GivesTheIdenticalTally(string set)
    {
        var periods = Periods(set);
        var expected = CaseAggregator.Tally(Cases, periods);
        var token = TestContext.Current.CancellationToken;
        var tables = await Tables.Value;
        await using var single = await Open(tables.SingleConnectionString);
        await using var coordinator = await tables.OpenCoordinatorAsync();

        var paths = new Dictionary<string, CaseTally>
        {
            ["builder"] = CaseTally.Tally(Cases, periods),
            ["columns"] = CaseAggregator.Tally(CaseRows.Columns(Cases), ProvinceEdition.Provinces63, periods),
            ["data reader, raw spellings"] = CaseSource.Read(SourceCases.Table(Cases).CreateDataReader(), periods, CaseReadOptions.Default, token).Tally,
            ["data reader, typed values"] = (await CaseSource.ReadAsync(SourceCases.Table(Cases, typed: true).CreateDataReader(), periods, CaseReadOptions.Default, token)).Tally,
            ["interchange CSV round trip"] = RoundTrip(expected),
            ["interchange reader round trip"] = TallyInterchange.ReadCases(TallyInterchange.CreateReader(expected)),
            ["PostgreSQL GROUP BY in the interchange schema"] = await ReadInterchange(single, InterchangeSql(tables.TableName, periods)),
            ["PostgreSQL, one server"] = (await CaseSqlSource.TallyAsync(single, SqlDialect.PostgreSql, tables.TableName, periods, CaseReadOptions.Default, token)).Tally,
            ["PostgreSQL, coordinator over two shards"] = (await CaseSqlSource.TallyAsync(coordinator, SqlDialect.PostgreSql, tables.TableName, periods, CaseReadOptions.Default, token)).Tally,
            ["PostgreSQL, each shard merged"] = await ShardsMerged(tables, periods),
        };

        foreach (var (path, tally) in paths)
        {
            Assert.True(expected.Equals(tally), $"{path}: {tally} differs from the in-memory {expected}.");
            Assert.Equal(expected.Periods, tally.Periods);
            Assert.Equal(expected.Outside, tally.Outside);
        }
    }

    [Fact]
    public async Task EveryPath_34UnitEdition_GivesTheIdenticalTallyAndTheRebasedOneEqualsIt()
    {
        var cases34 = SourceCases.Random(5_000, seed: 34, ProvinceEdition.Provinces34);
        var expected = CaseAggregator.Tally(cases34, SourceCases.VnMonths);
        var tables = await Tables.Value;
        await using var coordinator = await tables.OpenCoordinatorAsync();

        Assert.Equal(expected, CaseSource.Read(SourceCases.Table(cases34).CreateDataReader(), SourceCases.VnMonths, CaseReadOptions.Default.WithEdition(ProvinceEdition.Provinces34), TestContext.Current.CancellationToken).Tally);
        Assert.Equal(expected, RoundTrip(expected));

        // The 63-unit rows on the shards, re-based 63 → 34 by summing, equal the records re-based one by one.
        var sharded = await CaseSqlSource.TallyAsync(coordinator, SqlDialect.PostgreSql, tables.TableName, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken);
        Assert.Equal(CaseAggregator.Tally(Cases.Select(Rebased).ToList(), SourceCases.VnMonths), sharded.Tally.RebaseTo34());
    }

    [Property(MaxTest = 60)]
    public Property InMemoryPaths_RandomRowsAndPeriods_GiveTheIdenticalTally() => Prop.ForAll(
        (from n in Gen.Choose(0, 300)
         from seed in Gen.Choose(0, int.MaxValue)
         from set in Gen.Elements("vn-months", "gregorian-quarters", "vn-year")
         from edition in Gen.Elements(ProvinceEdition.Provinces63, ProvinceEdition.Provinces34)
         select (n, seed, set, edition)).ToArbitrary(),
        input =>
        {
            var cases = SourceCases.Random(input.n, input.seed, input.edition);
            var periods = Periods(input.set);
            var expected = CaseAggregator.Tally(cases, periods);
            var read = CaseSource.Read(SourceCases.Table(cases, typed: input.seed % 2 == 0).CreateDataReader(), periods, CaseReadOptions.Default.WithEdition(input.edition));
            return expected.Equals(read.Tally) && expected.Equals(RoundTrip(expected)) && expected.Equals(TallyInterchange.ReadCases(TallyInterchange.CreateReader(read.Tally)));
        });

    [Fact]
    public void HandChecked_OneCaseOnEachEdge_CountsWhereTheCalendarSays()
    {
        // On the statistical calendar (cut-off day 14) month 3 of 2024 is 15/02–14/03: it holds 29/02 and ends on the 14th; 15/03 opens month 4.
        var bd = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
        CriminalCase[] cases =
        [
            CriminalCase.Create("leap", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 2, 29), CaseOutcome.ClearedByArrest, new DateOnly(2024, 3, 15)),
            CriminalCase.Create("cut-off", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 3, 14), CaseOutcome.NotCleared, null),
            CriminalCase.Create("day after", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 3, 15), CaseOutcome.Unfounded, new DateOnly(2024, 3, 20)),
            CriminalCase.Create("before", bd, OffenceGroup.Drugs, Severity.Serious, new DateOnly(2023, 1, 1), CaseOutcome.NotCleared, null),
        ];
        var month3 = ReportingCalendar.VietnamStatistical.Month(2024, 3);
        var month4 = ReportingCalendar.VietnamStatistical.Month(2024, 4);
        var table = SourceCases.Table(cases);

        var tally = CaseSource.Read(table.CreateDataReader(), [month3, month4]).Tally;

        Assert.Equal((2L, 0L, 0L), (tally.Recorded(bd, month3), tally.ClearedInPeriod(bd, month3), tally.ClearedByEndOf(bd, month3, month3)));
        Assert.Equal((1L, 1L, 1L, 1L), (tally.Recorded(bd, month4), tally.Unfounded(bd, month4), tally.ClearedInPeriod(bd, month4), tally.ClearedByEndOf(bd, month3, month4)));
        Assert.Equal(1, tally.Outside);
    }

    internal static ReportingPeriod[] Periods(string set) => set switch
    {
        "vn-months" => SourceCases.VnMonths,
        "gregorian-quarters" => SourceCases.GregorianQuarters,
        _ => [ReportingCalendar.VietnamStatistical.Year(2024)],
    };

    internal static CaseTally RoundTrip(CaseTally tally)
    {
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        TallyInterchange.WriteCsv(tally, csv);
        return TallyInterchange.ReadCasesCsv(new StringReader(csv.ToString()));
    }

    private static CriminalCase Rebased(CriminalCase c) =>
        CriminalCase.Create(c.Id, ProvinceCatalog.Successor(c.Province), c.OffenceGroup, c.Severity, c.RecordedOn, c.Outcome, c.OutcomeOn);

    private static async Task<CaseTally> ShardsMerged(PostgresCaseTables tables, IReadOnlyList<ReportingPeriod> periods)
    {
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var merged = CaseTally.Empty;
        foreach (var (connectionString, first) in new[] { (tables.ShardAConnectionString, 0), (tables.ShardBConnectionString, 1) })
        {
            await using var shard = await Open(connectionString);
            var source = "(" + string.Join(" UNION ALL ", provinces.Where((_, i) => i % 2 == first).Select(p => $"SELECT * FROM {tables.TableName}_p{p.Code}")) + ") AS shard";
            merged = merged.Merge((await CaseSqlSource.TallyAsync(shard, SqlDialect.PostgreSql, source, periods, CaseReadOptions.Default, TestContext.Current.CancellationToken)).Tally);
        }

        return merged;
    }

    /// <summary>
    /// An engine's own GROUP BY, written by hand in PostgreSQL as a user of the schema would, without the library's
    /// query: period rows, the outside row, entry rows per (province, period, severity, offence group) and run-off rows
    /// at the end of the cohort's period and of every later period.
    /// </summary>
    private static string InterchangeSql(string table, IReadOnlyList<ReportingPeriod> periods)
    {
        var values = string.Join(",\n    ", periods.Select((p, i) => string.Create(
            CultureInfo.InvariantCulture,
            $"({i}, DATE '{p.Start:yyyy-MM-dd}', DATE '{p.End:yyyy-MM-dd}', '{SourceCases.Camel(p.Unit.ToString())}', {p.Year}, {p.Index}, {p.Calendar!.CutoffDay})")));
        const string Key = "1 AS schema_version, 'cases' AS tally";
        const string Cleared = "outcome IN ('clearedByArrest', 'clearedExceptionally')";
        return new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            WITH p(i, s, e, unit, y, ix, cutoff) AS (VALUES
                {values}),
            c AS (
              SELECT t.*, (SELECT i FROM p WHERE t.recorded_on BETWEEN p.s AND p.e) AS rp,
                     (SELECT i FROM p WHERE t.outcome_on BETWEEN p.s AND p.e) AS op
              FROM {table} t),
            entry AS (
              SELECT province_code, pi, severity, offence_group, sum(rec) AS recorded, sum(unf) AS unfounded, sum(clr) AS cleared_in_period
              FROM (
                SELECT province_code, rp AS pi, severity, offence_group, 1 AS rec, CASE WHEN outcome = 'unfounded' THEN 1 ELSE 0 END AS unf, 0 AS clr FROM c WHERE rp IS NOT NULL
                UNION ALL
                SELECT province_code, op, severity, offence_group, 0, 0, 1 FROM c WHERE op IS NOT NULL AND {Cleared}
              ) AS x
              GROUP BY 1, 2, 3, 4),
            clr AS (
              SELECT province_code, rp, severity, offence_group, (SELECT min(i) FROM p WHERE p.e >= c.outcome_on) AS ci, count(*) AS n
              FROM c WHERE rp IS NOT NULL AND {Cleared}
              GROUP BY 1, 2, 3, 4, 5)
            SELECT {Key}, 'period' AS row_kind, NULL AS province_code, NULL::int AS edition, s AS period_start, e AS period_end, unit AS period_unit, y AS period_year, ix AS period_index, cutoff AS cutoff_day,
                   NULL AS severity, NULL AS offence_group, NULL::date AS evaluated_on, NULL::bigint AS recorded, NULL::bigint AS unfounded, NULL::bigint AS occurred, NULL::bigint AS cleared_in_period, NULL::bigint AS cleared_by, NULL::bigint AS outside
            FROM p
            UNION ALL
            SELECT {Key}, 'outside', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   count(*) FROM c WHERE rp IS NULL AND NOT (op IS NOT NULL AND {Cleared})
            UNION ALL
            SELECT {Key}, 'entry', en.province_code, 63, p.s, p.e, p.unit, p.y, p.ix, p.cutoff, en.severity, en.offence_group, NULL,
                   en.recorded, en.unfounded, en.recorded - en.unfounded, en.cleared_in_period, NULL, NULL
            FROM entry en JOIN p ON p.i = en.pi
            UNION ALL
            SELECT {Key}, 'runoff', en.province_code, 63, p.s, p.e, p.unit, p.y, p.ix, p.cutoff, en.severity, en.offence_group, q.e,
                   NULL, NULL, NULL, NULL, COALESCE(sum(clr.n) FILTER (WHERE clr.ci <= q.i), 0), NULL
            FROM entry en JOIN p ON p.i = en.pi JOIN p q ON q.e >= p.e
            LEFT JOIN clr ON clr.province_code = en.province_code AND clr.rp = en.pi AND clr.severity = en.severity AND clr.offence_group = en.offence_group
            GROUP BY en.province_code, en.pi, en.severity, en.offence_group, p.s, p.e, p.unit, p.y, p.ix, p.cutoff, q.e
            """).ToString();
    }

    private static async Task<CaseTally> ReadInterchange(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        return TallyInterchange.ReadCases(reader);
    }

    private static async Task<NpgsqlConnection> Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
