using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>One row of a <c>cases</c> table on the PostgreSQL test servers (a criminal case, in SQL column types).</summary>
/// <param name="Id">The case identifier (<c>id text</c>).</param>
/// <param name="ProvinceCode">The province code of the 63-province edition, such as <c>"01"</c> (<c>province_code text</c>, the partition key).</param>
/// <param name="RecordedOn">The day the case was recorded (<c>recorded_on date</c>).</param>
/// <param name="Outcome">The outcome (<c>outcome text</c>).</param>
/// <param name="OutcomeOn">The day of the outcome, if any (<c>outcome_on date</c>, nullable).</param>
/// <param name="Severity">The severity (<c>severity text</c>).</param>
/// <param name="OffenceGroup">The offence group (<c>offence_group text</c>).</param>
public sealed record CaseRow(
    string Id, string ProvinceCode, DateOnly RecordedOn, string Outcome, DateOnly? OutcomeOn, string Severity, string OffenceGroup);

/// <summary>
/// The PostgreSQL 15 servers of <c>eng/postgres.sh</c> (CI=true and no server is a failure, never a skip): a single
/// server, and a coordinator whose partitions are postgres_fdw foreign tables on two shard servers. Each test process
/// creates its own database on every server (<c>psstats_{tfm}_{pid}_{random}</c>, so the net8.0 and net10.0 test
/// hosts never meet) on first use, and drops it at exit.
/// </summary>
public static class PostgresServers
{
    /// <summary>The environment variable holding the single server's Npgsql connection string.</summary>
    public const string SingleVariable = "PSSTATS_PG_SINGLE";

    /// <summary>The environment variable holding the coordinator's Npgsql connection string.</summary>
    public const string CoordinatorVariable = "PSSTATS_PG_COORDINATOR";

    /// <summary>The environment variable holding shard A's Npgsql connection string.</summary>
    public const string ShardAVariable = "PSSTATS_PG_SHARD_A";

    /// <summary>The environment variable holding shard B's Npgsql connection string.</summary>
    public const string ShardBVariable = "PSSTATS_PG_SHARD_B";

    private const string Columns =
        "id text NOT NULL, province_code text NOT NULL, recorded_on date NOT NULL, outcome text NOT NULL, outcome_on date, " +
        "severity text NOT NULL, offence_group text NOT NULL";

    private const string CiMessage = "PostgreSQL is required under CI=true";
    private static readonly Regex Identifier = new("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Lazy<string?> Problem = new(() => Probe(Servers), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Task<string>> RunDatabase = new(CreateRunDatabaseAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, byte> TableNames = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim CoordinatorDdl = new(1, 1);

    /// <summary>Gets the single server's connection string (to its maintenance database): <c>PSSTATS_PG_SINGLE</c>, or port 55432 on loopback.</summary>
    public static string SingleConnectionString { get; } = FromEnvironment(SingleVariable, 55432);

    /// <summary>Gets the coordinator's connection string (to its maintenance database): <c>PSSTATS_PG_COORDINATOR</c>, or port 55433 on loopback.</summary>
    public static string CoordinatorConnectionString { get; } = FromEnvironment(CoordinatorVariable, 55433);

    /// <summary>Gets shard A's connection string (to its maintenance database): <c>PSSTATS_PG_SHARD_A</c>, or port 55434 on loopback.</summary>
    public static string ShardAConnectionString { get; } = FromEnvironment(ShardAVariable, 55434);

    /// <summary>Gets shard B's connection string (to its maintenance database): <c>PSSTATS_PG_SHARD_B</c>, or port 55435 on loopback.</summary>
    public static string ShardBConnectionString { get; } = FromEnvironment(ShardBVariable, 55435);

    /// <summary>Gets a value indicating whether all four servers answer (probed once per process).</summary>
    public static bool Available => Problem.Value is null;

    /// <summary>Gets the name of this test process's database on every server, such as <c>psstats_net10_4242_1a2b3c4d</c>.</summary>
    public static string DatabaseName { get; } = string.Create(
        CultureInfo.InvariantCulture,
#if NET10_0_OR_GREATER
        $"psstats_net10_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}");
#else
        $"psstats_net8_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}");
#endif

    private static IReadOnlyList<(string Role, string ConnectionString)> Servers =>
    [
        ("single", SingleConnectionString),
        ("coordinator", CoordinatorConnectionString),
        ("shard A", ShardAConnectionString),
        ("shard B", ShardBConnectionString),
    ];

    /// <summary>Fails the test under CI=true, or skips it elsewhere, unless all four servers answer.</summary>
    public static void Require()
    {
        if (SkipReason(Problem.Value, IsCi()) is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>
    /// Loads <paramref name="rows"/> into this process's databases: on the single server into one table; on the
    /// coordinator into a table partitioned by <c>province_code</c>, one postgres_fdw foreign partition per province
    /// of the 63-province edition, alternating between shard A (even positions in the catalogue) and shard B (odd),
    /// whose real tables <c>{table}_p{code}</c> hold the rows. Calls <see cref="Require"/> first.
    /// </summary>
    /// <param name="rows">The rows; each province code must be one of the 63-province edition.</param>
    /// <param name="tableName">The table name wanted (lower-case SQL identifier); when another call of this process
    /// took it already, a suffix makes it unique (see <see cref="PostgresCaseTables.TableName"/>).</param>
    /// <returns>The connection strings to this process's databases and the table's name.</returns>
    public static async Task<PostgresCaseTables> LoadCasesAsync(IReadOnlyList<CaseRow> rows, string tableName = "cases")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(tableName);
        if (!Identifier.IsMatch(tableName) || tableName.Length > 40)
        {
            throw new ArgumentException($"'{tableName}' is not a lower-case SQL identifier of at most 40 characters.", nameof(tableName));
        }

        Require();
        var database = await RunDatabase.Value;
        var table = Reserve(tableName);
        var tables = new PostgresCaseTables(
            InDatabase(SingleConnectionString, database),
            InDatabase(CoordinatorConnectionString, database),
            InDatabase(ShardAConnectionString, database),
            InDatabase(ShardBConnectionString, database),
            table);

        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var unknown = rows.Select(r => r.ProvinceCode).FirstOrDefault(code => !provinces.Any(p => p.Code == code));
        if (unknown is not null)
        {
            throw new ArgumentException($"Province code '{unknown}' is not one of the 63-province edition.", nameof(rows));
        }

        var byProvince = rows.ToLookup(r => r.ProvinceCode, StringComparer.Ordinal);
        var token = TestContext.Current.CancellationToken;

        var single = LoadTableAsync(tables.SingleConnectionString, table, rows, token);
        var shards = Enumerable.Range(0, 2).Select(async shard =>
        {
            var connectionString = shard == 0 ? tables.ShardAConnectionString : tables.ShardBConnectionString;
            for (var i = shard; i < provinces.Count; i += 2)
            {
                var code = provinces[i].Code;
                await LoadTableAsync(connectionString, $"{table}_p{code}", byProvince[code].ToList(), token);
            }
        });
        await Task.WhenAll(shards.Append(single));

        var sql = new System.Text.StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE {table}({Columns}) PARTITION BY LIST (province_code);\n");
        for (var i = 0; i < provinces.Count; i++)
        {
            var code = provinces[i].Code;
            sql.Append(CultureInfo.InvariantCulture,
                $"CREATE FOREIGN TABLE {table}_p{code} PARTITION OF {table} FOR VALUES IN ('{code}') SERVER {(i % 2 == 0 ? "shard_a" : "shard_b")} OPTIONS (table_name '{table}_p{code}');\n");
        }

        // The coordinator's planner needs statistics of the partitions to see that a per-partition aggregate returns
        // fewer rows than it reads; without them it may fetch the rows and aggregate locally. A coordinator in service
        // has them (autovacuum does not analyze foreign tables: ANALYZE is the operator's step, as here).
        sql.Append(CultureInfo.InvariantCulture, $"ANALYZE {table};\n");

        // Concurrent DDL on one partitioned table's catalogue is fine, but one at a time keeps the coordinator's
        // lock waits (and deadlock reports) out of the tests.
        await CoordinatorDdl.WaitAsync(token);
        try
        {
            await ExecuteAsync(tables.CoordinatorConnectionString, sql.ToString(), token);
        }
        finally
        {
            CoordinatorDdl.Release();
        }

        return tables;
    }

    /// <summary>
    /// Probes <paramref name="servers"/> and judges them as <see cref="Require"/> does, with the CI flag given (for
    /// tests of the helper): null when all answer; under CI a failure (<see cref="Assert.Fail"/>); elsewhere the reason
    /// <see cref="Require"/> would skip with.
    /// </summary>
    internal static string? SkipReason(IReadOnlyList<(string Role, string ConnectionString)> servers, bool inCi) => SkipReason(Probe(servers), inCi);

    private static string? SkipReason(string? problem, bool inCi)
    {
        if (problem is null)
        {
            return null;
        }

        if (inCi)
        {
            Assert.Fail($"{CiMessage}: {problem}. Run eng/postgres.sh start (as root) before the tests; .ci/run does.");
        }

        return $"PostgreSQL is not running: {problem}. Run eng/postgres.sh start (as root) to run this test; CI runs it.";
    }

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Probe(IReadOnlyList<(string Role, string ConnectionString)> servers)
    {
        var problems = new List<string>();
        foreach (var (role, connectionString) in servers)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
            try
            {
                using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                problems.Add($"the {role} server at {builder.Host}:{builder.Port} does not answer ({e.Message})");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string FromEnvironment(string variable, int port)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value)
            ? string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres")
            : value;
    }

    private static string InDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static string Reserve(string wanted)
    {
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? wanted : string.Create(CultureInfo.InvariantCulture, $"{wanted}_{n}");
            if (TableNames.TryAdd(name, 0))
            {
                return name;
            }
        }
    }

    private static async Task<string> CreateRunDatabaseAsync()
    {
        var database = DatabaseName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropRunDatabase(database);
        await Task.WhenAll(Servers.Select(s => ExecuteAsync(s.ConnectionString, $"CREATE DATABASE {database}", CancellationToken.None)));

        var coordinator = InDatabase(CoordinatorConnectionString, database);
        var sql = new System.Text.StringBuilder();
        sql.Append("CREATE EXTENSION postgres_fdw;\n");
        foreach (var (server, connectionString) in new[] { ("shard_a", ShardAConnectionString), ("shard_b", ShardBConnectionString) })
        {
            var shard = new NpgsqlConnectionStringBuilder(connectionString);
            // As a coordinator in service would be set up: use_remote_estimate asks each shard how many groups an aggregate
            // returns (the coordinator's own guess for grouping expressions is about as many as the rows), and
            // fdw_tuple_cost 0.2 (default 0.01) prices a row sent between servers above a row read locally. Without
            // them, a test-sized table makes fetching every row look as cheap as aggregating on the shard.
            sql.Append(CultureInfo.InvariantCulture,
                $"CREATE SERVER {server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '{Literal(shard.Host!)}', port '{shard.Port}', dbname '{database}', use_remote_estimate 'true', fetch_size '10000', fdw_tuple_cost '0.2');\n");
            sql.Append(CultureInfo.InvariantCulture,
                $"CREATE USER MAPPING FOR CURRENT_USER SERVER {server} OPTIONS (user '{Literal(shard.Username ?? "postgres")}');\n");
        }

        // Every session on the coordinator's database plans aggregates partition by partition (pushed to the shards).
        sql.Append(CultureInfo.InvariantCulture, $"ALTER DATABASE {database} SET enable_partitionwise_aggregate = on;\n");
        await ExecuteAsync(coordinator, sql.ToString(), CancellationToken.None);
        return database;
    }

    private static void DropRunDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        // The coordinator first: its sessions hold postgres_fdw connections to the shards.
        foreach (var (_, connectionString) in Servers.OrderBy(s => s.Role == "coordinator" ? 0 : 1))
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
                using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection) { CommandTimeout = 10 };
                command.ExecuteNonQuery();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // Best effort: eng/postgres.sh stop drops the clusters, and with them what a killed run left behind.
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken token)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(token);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(token);
    }

    private static async Task LoadTableAsync(string connectionString, string table, IReadOnlyList<CaseRow> rows, CancellationToken token)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(token);
        await using (var command = new NpgsqlCommand($"CREATE TABLE {table}({Columns})", connection))
        {
            await command.ExecuteNonQueryAsync(token);
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} (id, province_code, recorded_on, outcome, outcome_on, severity, offence_group) FROM STDIN (FORMAT BINARY)", token);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(token);
            await importer.WriteAsync(row.Id, NpgsqlDbType.Text, token);
            await importer.WriteAsync(row.ProvinceCode, NpgsqlDbType.Text, token);
            await importer.WriteAsync(row.RecordedOn, NpgsqlDbType.Date, token);
            await importer.WriteAsync(row.Outcome, NpgsqlDbType.Text, token);
            if (row.OutcomeOn is { } outcomeOn)
            {
                await importer.WriteAsync(outcomeOn, NpgsqlDbType.Date, token);
            }
            else
            {
                await importer.WriteNullAsync(token);
            }

            await importer.WriteAsync(row.Severity, NpgsqlDbType.Text, token);
            await importer.WriteAsync(row.OffenceGroup, NpgsqlDbType.Text, token);
        }

        await importer.CompleteAsync(token);
    }

    private static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}

/// <summary>The tables <see cref="PostgresServers.LoadCasesAsync"/> loaded: connection strings to this process's databases, and the table's name.</summary>
/// <param name="SingleConnectionString">The single server, whose table <see cref="TableName"/> holds every row.</param>
/// <param name="CoordinatorConnectionString">The coordinator, whose partitioned table <see cref="TableName"/> reads the shards through postgres_fdw.</param>
/// <param name="ShardAConnectionString">Shard A, whose tables <c>{TableName}_p{code}</c> hold the provinces at even positions of the catalogue.</param>
/// <param name="ShardBConnectionString">Shard B, whose tables <c>{TableName}_p{code}</c> hold the provinces at odd positions.</param>
/// <param name="TableName">The table's name (the one asked for, with a suffix if another call took it).</param>
public sealed record PostgresCaseTables(
    string SingleConnectionString, string CoordinatorConnectionString, string ShardAConnectionString, string ShardBConnectionString, string TableName)
{
    /// <summary>Opens a connection to the coordinator with <c>enable_partitionwise_aggregate = on</c> (the database's default too).</summary>
    /// <returns>The open connection; the caller disposes it.</returns>
    public async Task<NpgsqlConnection> OpenCoordinatorAsync()
    {
        var token = TestContext.Current.CancellationToken;
        var connection = new NpgsqlConnection(CoordinatorConnectionString);
        try
        {
            await connection.OpenAsync(token);
            await using var command = new NpgsqlCommand("SET enable_partitionwise_aggregate = on", connection);
            await command.ExecuteNonQueryAsync(token);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
