namespace Seo.Infrastructure.Tests.Stores;

/// <summary>
/// Where the server stores are. scripts/test.sh starts PostgreSQL and sets the variable; the
/// pipeline sets both from its service containers. A suite whose server is not configured fails
/// with this message rather than passing unnoticed (scripts/test.sh leaves the SQL Server suite
/// out, and says so, when no SQL Server is configured).
/// </summary>
internal static class ServerAddress
{
    public const string PostgreSqlVariable = "SEO_POSTGRES_CONNECTION";
    public const string SqlServerVariable = "SEO_SQLSERVER_CONNECTION";

    /// <summary>
    /// Connections per test database. Two test assemblies and two classes each run at once, and
    /// a stock server allows 100 connections: 20 each leaves room, and 200 parallel requests
    /// still contend for the same rows.
    /// </summary>
    public const int MaxPoolSize = 20;

    public static string Of(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(variable == PostgreSqlVariable
                ? $"{variable} is not set: run the tests with scripts/test.sh (it starts PostgreSQL), or set it to a server where this user may create databases."
                : $"{variable} is not set: point it at a SQL Server where this login may create databases (the pipeline does); scripts/test.sh leaves this suite out without one.");

    /// <summary>A database name no other test class uses, so classes can run in parallel.</summary>
    public static string NewDatabaseName() => $"seo_test_{Guid.NewGuid():N}";
}
