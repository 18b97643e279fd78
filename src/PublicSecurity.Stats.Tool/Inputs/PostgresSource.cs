using Npgsql;

namespace PublicSecurity.Stats.Tool.Inputs;

/// <summary>A PostgreSQL source given by <c>--source</c>: a <c>postgres://user:password@host:port/database</c> URL or an Npgsql connection string, and a table name quoted as an identifier.</summary>
internal static class PostgresSource
{
    /// <summary>Turns a <c>postgres://</c> or <c>postgresql://</c> URL into an Npgsql connection string; any other text is taken as a connection string.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The connection string.</returns>
    /// <exception cref="UsageException">The URL cannot be read.</exception>
    public static string ConnectionString(string source)
    {
        if (!source.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }

        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new UsageException("--source must be postgres://user:password@host:port/database or a connection string; the URL could not be read.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>Quotes a table name, optionally schema-qualified (<c>public.cases</c>), as PostgreSQL identifiers.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The quoted name.</returns>
    public static string QuoteTable(string table) =>
        string.Join('.', table.Split('.').Select(part => "\"" + part.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
