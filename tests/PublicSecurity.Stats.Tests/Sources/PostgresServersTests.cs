using Npgsql;
using PublicSecurity.Stats.Tests.Testing;
using Xunit.Sdk;

namespace PublicSecurity.Stats.Tests.Sources;

/// <summary>The PostgreSQL servers of eng/postgres.sh, as <see cref="PostgresServers"/> loads them: one server, and a coordinator over two postgres_fdw shards.</summary>
public sealed class PostgresServersTests
{
    private static readonly string[] Outcomes = ["open", "cleared", "closed"];
    private static readonly string[] Severities = ["less", "serious", "very-serious", "especially-serious"];
    private static readonly string[] Groups = ["property", "drugs", "violence", "economic"];

    [Fact]
    public async Task LoadCasesAsync_500Rows_SameProvinceCountsOnSingleCoordinatorAndShards()
    {
        var rows = Rows(500, seed: 20240101);
        var tables = await PostgresServers.LoadCasesAsync(rows, "cases_counts");
        var expected = rows.GroupBy(r => r.ProvinceCode).ToDictionary(g => g.Key, g => (long)g.Count());
        var sql = $"SELECT province_code, count(*) FROM {tables.TableName} GROUP BY province_code";

        var single = await CountsAsync(tables.SingleConnectionString, sql);
        await using var coordinator = await tables.OpenCoordinatorAsync();
        var distributed = await CountsAsync(coordinator, sql);
        var shards = new Dictionary<string, long>(StringComparer.Ordinal);
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        foreach (var (connectionString, first) in new[] { (tables.ShardAConnectionString, 0), (tables.ShardBConnectionString, 1) })
        {
            var union = string.Join(
                " UNION ALL ",
                provinces.Where((_, i) => i % 2 == first).Select(p => $"SELECT province_code, count(*) FROM {tables.TableName}_p{p.Code} GROUP BY province_code"));
            foreach (var (code, count) in await CountsAsync(connectionString, union))
            {
                Assert.True(shards.TryAdd(code, count), $"Province {code} is on both shards.");
            }
        }

        Assert.Equal(expected.Count, single.Count);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), single.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(single.OrderBy(e => e.Key, StringComparer.Ordinal), distributed.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(single.OrderBy(e => e.Key, StringComparer.Ordinal), shards.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(500, distributed.Values.Sum());
    }

    [Fact]
    public async Task Explain_GroupByProvinceOnCoordinator_PushesAggregateToEveryShardPartition()
    {
        var tables = await PostgresServers.LoadCasesAsync(Rows(20_000, seed: 7), "cases_plan");
        await using var coordinator = await tables.OpenCoordinatorAsync();
        await using var command = new NpgsqlCommand(
            $"EXPLAIN (VERBOSE, COSTS OFF) SELECT province_code, count(*) FROM {tables.TableName} GROUP BY 1", coordinator);
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                lines.Add(reader.GetString(0).Trim());
            }
        }

        var plan = string.Join('\n', lines);
        var partitions = ProvinceCatalog.All(ProvinceEdition.Provinces63).Count;
        // Partitionwise aggregation: one Foreign Scan per partition, each an aggregate the shard computes. (PostgreSQL
        // 15's postgres_fdw does not ship date_trunc('month', recorded_on): its 'month' constant has the default
        // collation, not one taken from a foreign column, so a GROUP BY on it is aggregated on the coordinator.)
        Assert.Equal(partitions, lines.Count(l => l == "->  Foreign Scan"));
        Assert.Equal(partitions, lines.Count(l => l.StartsWith("Relations: Aggregate on (public." + tables.TableName + "_p", StringComparison.Ordinal)));
        Assert.Equal(partitions, lines.Count(l => l.StartsWith("Remote SQL: SELECT province_code, count(*) FROM public." + tables.TableName + "_p", StringComparison.Ordinal)
            && l.EndsWith(" GROUP BY 1", StringComparison.Ordinal)));
        Assert.DoesNotContain("HashAggregate", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("GroupAggregate", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReason_NoServerUnderCi_FailsNamingEngPostgresSh()
    {
        var error = Assert.Throws<FailException>(() =>
            PostgresServers.SkipReason([("coordinator", "Host=127.0.0.1;Port=1;Username=postgres;Database=postgres")], inCi: true));

        Assert.StartsWith("PostgreSQL is required under CI=true: the coordinator server at 127.0.0.1:1 does not answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("run eng/postgres.sh start", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SkipReason_NoServerOutsideCi_IsTheSkipMessage()
    {
        var reason = PostgresServers.SkipReason([("single", "Host=127.0.0.1;Port=1;Username=postgres;Database=postgres")], inCi: false);

        Assert.NotNull(reason);
        Assert.StartsWith("PostgreSQL is not running: the single server at 127.0.0.1:1 does not answer", reason, StringComparison.Ordinal);
        Assert.Contains("Run eng/postgres.sh start", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReason_ServersAnswer_IsNull()
    {
        PostgresServers.Require();

        Assert.Null(PostgresServers.SkipReason([("single", PostgresServers.SingleConnectionString)], inCi: true));
    }

    private static List<CaseRow> Rows(int count, int seed)
    {
        var random = new Random(seed);
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var start = new DateOnly(2024, 1, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var recorded = start.AddDays(random.Next(366));
            var outcome = Outcomes[random.Next(Outcomes.Length)];
            return new CaseRow(
                $"case-{seed}-{i:D5}",
                provinces[random.Next(provinces.Count)].Code,
                recorded,
                outcome,
                outcome == "open" ? null : recorded.AddDays(random.Next(1, 120)),
                Severities[random.Next(Severities.Length)],
                Groups[random.Next(Groups.Length)]);
        }).ToList();
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return await CountsAsync(connection, sql);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            counts.Add(reader.GetString(0), reader.GetInt64(1));
        }

        return counts;
    }
}
