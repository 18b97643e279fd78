using Npgsql;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>
/// The library's tally query on real PostgreSQL 15 servers (eng/postgres.sh): one server, and a coordinator whose
/// cases table is partitioned by province over two postgres_fdw shards.
/// </summary>
public sealed class PostgresTallyTests
{
    private static readonly CriminalCase[] Cases = SourceCases.Random(60_000, seed: 2024);

    private static readonly Lazy<Task<PostgresCaseTables>> Tables = new(() => PostgresServers.LoadCasesAsync([.. Rows(Cases)], "tally_cases"));

    public static IEnumerable<CaseRow> Rows(IEnumerable<CriminalCase> cases) => cases.Select(c => new CaseRow(
        c.Id, c.Province.Code, c.RecordedOn, SourceCases.Camel(c.Outcome.ToString()), c.OutcomeOn, SourceCases.Camel(c.Severity.ToString()), SourceCases.Camel(c.OffenceGroup.ToString())));

    [Fact]
    public async Task Tally_SingleServer_EqualsTheInMemoryAggregator()
    {
        var tables = await Tables.Value;
        await using var connection = await Open(tables.SingleConnectionString);

        var result = await CaseSqlSource.TallyAsync(connection, SqlDialect.PostgreSql, tables.TableName, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken);

        Assert.Equal(CaseAggregator.Tally(Cases, SourceCases.VnMonths), result.Tally);
        Assert.Equal((60_000L, 60_000L, 0L, 0L, true), (result.RowsRead, result.RowsCounted, result.RejectedRowCount, result.DuplicateCount, result.IdsChecked));
    }

    [Fact]
    public async Task Tally_CoordinatorOverTwoShards_EqualsTheSingleServerAndRebasesTo34BySumming()
    {
        var tables = await Tables.Value;
        await using var single = await Open(tables.SingleConnectionString);
        await using var coordinator = await tables.OpenCoordinatorAsync();

        var one = await CaseSqlSource.TallyAsync(single, SqlDialect.PostgreSql, tables.TableName, SourceCases.GregorianQuarters, CaseReadOptions.Default, TestContext.Current.CancellationToken);
        var sharded = await CaseSqlSource.TallyAsync(coordinator, SqlDialect.PostgreSql, tables.TableName, SourceCases.GregorianQuarters, CaseReadOptions.Default, TestContext.Current.CancellationToken);

        Assert.Equal(one.Tally, sharded.Tally);
        Assert.Equal(CaseAggregator.Tally(Cases, SourceCases.GregorianQuarters).RebaseTo34(), sharded.Tally.RebaseTo34());
    }

    [Fact]
    public async Task Explain_TallyQueryOnTheCoordinator_SendsTheAggregateToEveryShard()
    {
        var tables = await Tables.Value;
        await using var coordinator = await tables.OpenCoordinatorAsync();
        var query = await Query(coordinator, tables.TableName);

        var plan = await Explain(coordinator, query.Sql);

        // Each of the 63 partitions is a foreign scan whose remote SQL is the whole GROUP BY: no row comes back ungrouped.
        Assert.True(63 == plan.Split('\n').Count(l => l.Contains("Relations: Aggregate on", StringComparison.Ordinal)), query.Sql + "\n" + plan);
        Assert.Equal(63, plan.Split('\n').Count(l => l.Contains("Remote SQL: SELECT", StringComparison.Ordinal) && l.Contains("GROUP BY", StringComparison.Ordinal)));
        Assert.DoesNotContain("HashAggregate", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("GroupAggregate", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_EachShardSeparatelyThenMerged_EqualsTheCoordinator()
    {
        var tables = await Tables.Value;
        await using var coordinator = await tables.OpenCoordinatorAsync();
        var all = await CaseSqlSource.TallyAsync(coordinator, SqlDialect.PostgreSql, tables.TableName, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken);
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var registry = new CaseIdRegistry();

        var merged = CaseTally.Empty;
        foreach (var (connectionString, first, name) in new[] { (tables.ShardAConnectionString, 0, "shard A"), (tables.ShardBConnectionString, 1, "shard B") })
        {
            await using var shard = await Open(connectionString);
            var source = "(" + string.Join(" UNION ALL ", provinces.Where((_, i) => i % 2 == first).Select(p => $"SELECT * FROM {tables.TableName}_p{p.Code}")) + ") AS shard";
            var part = await CaseSqlSource.TallyAsync(shard, SqlDialect.PostgreSql, source, SourceCases.VnMonths, CaseReadOptions.Default.WithIdRegistry(registry).WithSourceName(name), TestContext.Current.CancellationToken);
            Assert.Equal(0, part.DuplicateCount);
            merged = merged.Merge(part.Tally);
        }

        Assert.Equal(all.Tally, merged);
        Assert.Equal(Cases.Length, registry.Count);
    }

    public static TheoryData<string, string, string, string> BadRows() => new()
    {
        // the update, the column named, the value it reads as, the rule
        { "province_code = 'Atlantis'", "province_code", "Atlantis", "the province must be the code or name of a unit of the 63-unit edition" },
        { "province_code = '074'", "province_code", "074", "the province must be the code or name of a unit of the 63-unit edition" },
        { "outcome = 'CLEARED'", "outcome", "CLEARED", "the outcome must be notCleared, clearedByArrest, clearedExceptionally, unfounded or 0–3" },
        { "outcome = 'clearedByArrest', outcome_on = NULL", "outcome_on", "(null)", "the outcome date is required when the outcome is ClearedByArrest" },
        { "outcome = 'notCleared', outcome_on = DATE '2024-03-01'", "outcome_on", "2024-03-01", "a case that is not cleared must have no outcome date" },
        { "outcome = 'unfounded', outcome_on = recorded_on - 1", "outcome_on", "2024-01-09", "the outcome date must not be before the recorded date (10/01/2024)" },
        { "severity = 'grave'", "severity", "grave", "the severity must be lessSerious, serious, verySerious, especiallySerious or 0–3" },
        { "offence_group = 'drug'", "offence_group", "drug", "the offence group must be socialOrder" },
        { "id = ' '", "id", " ", "the case id must not be blank" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Tally_BadRow_ThrowsNamingTheRowTheColumnTheValueAndTheRule(string update, string column, string value, string rule)
    {
        await using var connection = await BadTable(update, out var table);
        var row = Row(update);

        var e = await Assert.ThrowsAsync<RowRejectedException>(async () => await CaseSqlSource.TallyAsync(connection, SqlDialect.PostgreSql, table, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken));

        Assert.Equal((row, column, value), (e.Row, e.Column, e.Value));
        Assert.Contains(rule, e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Tally_BadRowWhenCollecting_ListsItAndCountsTheOthers(string update, string column, string value, string rule)
    {
        await using var connection = await BadTable(update, out var table);

        var result = await CaseSqlSource.TallyAsync(connection, SqlDialect.PostgreSql, table, SourceCases.VnMonths, CaseReadOptions.Default.WithMaxRejectedRows(5), TestContext.Current.CancellationToken);

        var bad = Assert.Single(result.RejectedRows);
        Assert.Equal((Row(update), column, value), (bad.Row, bad.Column, bad.Value));
        Assert.Contains(rule, bad.Rule, StringComparison.Ordinal);
        Assert.Equal((3L, 2L, 1L), (result.RowsRead, result.RowsCounted, result.RejectedRowCount));
    }

    [Theory]
    [InlineData(DuplicateIdPolicy.Report, 3L, 1L, 0L)]
    [InlineData(DuplicateIdPolicy.KeepFirst, 2L, 1L, 0L)]
    [InlineData(DuplicateIdPolicy.Reject, 2L, 0L, 1L)]
    public async Task Tally_DuplicateId_FollowsThePolicyAsTheReaderDoes(DuplicateIdPolicy policy, long counted, long duplicates, long rejected)
    {
        await using var connection = await BadTable("id = 'a'", out var table);
        var options = CaseReadOptions.Default.WithDuplicateIds(policy).WithMaxRejectedRows(5);

        var result = await CaseSqlSource.TallyAsync(connection, SqlDialect.PostgreSql, table, SourceCases.VnMonths, options, TestContext.Current.CancellationToken);

        Assert.Equal((3L, counted, duplicates, rejected), (result.RowsRead, result.RowsCounted, result.DuplicateCount, result.RejectedRowCount));
        // A table has no order: its rows are numbered in the order of the id, then of the other values (CaseSqlSource).
        var ordered = Three().Select((c, i) => i == 1 ? CriminalCase.Create("a", c.Province, c.OffenceGroup, c.Severity, c.RecordedOn, c.Outcome, c.OutcomeOn) : c)
            .OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Province.Code, StringComparer.Ordinal).ThenBy(c => c.RecordedOn).ThenBy(c => SourceCases.Camel(c.Outcome.ToString()), StringComparer.Ordinal)
            .ToList();
        using var rows = SourceCases.Table(ordered).CreateDataReader();
        var expected = CaseSource.Read(rows, SourceCases.VnMonths, options, TestContext.Current.CancellationToken);
        Assert.Equal(expected.Tally, result.Tally);
    }

    [Fact]
    public async Task Tally_TextDateColumn_IsRefusedNamingIt()
    {
        var tables = await Tables.Value;
        await using var connection = await Open(tables.SingleConnectionString);
        var source = $"(SELECT id, province_code, CAST(recorded_on AS text) AS recorded_on, outcome, outcome_on, severity, offence_group FROM {tables.TableName}) AS t";

        var e = await Assert.ThrowsAsync<ArgumentException>(async () => await CaseSqlSource.TallyAsync(connection, SqlDialect.PostgreSql, source, SourceCases.VnMonths, CaseReadOptions.Default, TestContext.Current.CancellationToken));

        Assert.Contains("column 'recorded_on' is text", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The changed row's number: rows are numbered in the order of the id (then the other values), and a blank id sorts first.</summary>
    private static long Row(string update) => update.StartsWith("id = ' '", StringComparison.Ordinal) ? 1 : 2;

    private static CriminalCase[] Three() =>
    [
        CriminalCase.Create("a", ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74"), OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 1, 10), CaseOutcome.NotCleared, null),
        CriminalCase.Create("b", ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74"), OffenceGroup.Drugs, Severity.Serious, new DateOnly(2024, 1, 10), CaseOutcome.ClearedByArrest, new DateOnly(2024, 1, 20)),
        CriminalCase.Create("c", ProvinceCatalog.Find(ProvinceEdition.Provinces63, "01"), OffenceGroup.EconomicOrder, Severity.LessSerious, new DateOnly(2024, 1, 11), CaseOutcome.Unfounded, new DateOnly(2024, 1, 12)),
    ];

    private static int tableNumber;

    /// <summary>Three good rows (ids a, b, c: rows 1–3 in id order) on the single server, row 2 ("b") changed by <paramref name="update"/>.</summary>
    private static Task<NpgsqlConnection> BadTable(string update, out string table)
    {
        var name = $"bad_{Interlocked.Increment(ref tableNumber)}";
        table = name;
        return Make();

        async Task<NpgsqlConnection> Make()
        {
            var tables = await Tables.Value;
            var connection = await Open(tables.SingleConnectionString);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE {name} (id text NOT NULL, province_code text NOT NULL, recorded_on date NOT NULL, outcome text NOT NULL, outcome_on date, severity text NOT NULL, offence_group text NOT NULL);
                INSERT INTO {name} VALUES
                  ('a', '74', DATE '2024-01-10', 'notCleared', NULL, 'serious', 'drugs'),
                  ('b', '74', DATE '2024-01-10', 'clearedByArrest', DATE '2024-01-20', 'serious', 'drugs'),
                  ('c', '01', DATE '2024-01-11', 'unfounded', DATE '2024-01-12', 'lessSerious', 'economicOrder');
                UPDATE {name} SET {update} WHERE id = 'b';
                """;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return connection;
        }
    }

    private static async Task<CaseTallyQuery> Query(NpgsqlConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} LIMIT 0";
        await using var schema = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        return CaseTallyQuery.Create(SqlDialect.PostgreSql, table, schema, SourceCases.VnMonths, CaseReadOptions.Default);
    }

    private static async Task<string> Explain(NpgsqlConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN (VERBOSE, COSTS OFF) " + sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static async Task<NpgsqlConnection> Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
