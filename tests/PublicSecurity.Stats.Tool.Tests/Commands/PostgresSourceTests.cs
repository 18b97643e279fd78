using System.Globalization;
using Npgsql;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Tests.Testing;

namespace PublicSecurity.Stats.Tool.Tests.Commands;

/// <summary><c>--source</c>: the cases of ToolFiles in a PostgreSQL table give the tally of the plain CSV.</summary>
public sealed class PostgresSourceTests
{
    [Fact]
    public async Task Tally_PostgresConnectionStringAndUrl_GiveTheTallyOfThePlainCsv()
    {
        PostgresServers.Require();
        var rows = ToolFiles.Rows.Select(r => new CaseRow(
            r[0], r[1], DateOnly.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), r[3],
            r[4].Length == 0 ? null : DateOnly.ParseExact(r[4], "yyyy-MM-dd", CultureInfo.InvariantCulture), r[5], r[6])).ToList();
        var tables = await PostgresServers.LoadCasesAsync(rows, "tool_cases");
        var builder = new NpgsqlConnectionStringBuilder(tables.SingleConnectionString);
        var url = string.Create(CultureInfo.InvariantCulture, $"postgres://{Uri.EscapeDataString(builder.Username ?? "postgres")}@{builder.Host}:{builder.Port}/{builder.Database}");
        var plain = await ToolRunner.RunAsync(["tally", ToolFiles.PathOf("cases.csv"), "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        var byString = await ToolRunner.RunAsync(["tally", "--source", tables.SingleConnectionString, "--table", tables.TableName, "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);
        var byUrl = await ToolRunner.RunAsync(["tally", "--source", url, "--table", "public." + tables.TableName, "--period", "2023-10M,2022-10M", "--format", "csv"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, byString.Error);
        Assert.Equal(plain.Out, byString.Out);
        Assert.Equal(plain.Out, byUrl.Out);
    }

    [Fact]
    public void ConnectionString_Url_BecomesAnNpgsqlConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresSource.ConnectionString("postgres://ana:p%40ss@db.example:6543/police"));

        Assert.Equal(("db.example", 6543, "police", "ana", "p@ss"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal("Host=h;Database=d", PostgresSource.ConnectionString("Host=h;Database=d"));
        Assert.Equal("\"public\".\"ca\"\"ses\"", PostgresSource.QuoteTable("public.ca\"ses"));
    }
}
