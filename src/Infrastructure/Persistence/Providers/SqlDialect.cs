namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>
/// The little SQL that EF cannot express for us, spelled for the store at hand. SQLite and
/// PostgreSQL share the standard spelling; SQL Server has its own.
/// </summary>
internal sealed class SqlDialect
{
    private static readonly SqlDialect Standard = new(sqlServer: false);
    private static readonly SqlDialect SqlServer = new(sqlServer: true);
    private readonly bool _sqlServer;

    private SqlDialect(bool sqlServer) => _sqlServer = sqlServer;

    /// <summary>
    /// The dialect of the context's store, told by the context's provider subclass: asking EF for
    /// the provider's name reads assembly metadata on every call, and a context is made per request.
    /// </summary>
    public static SqlDialect Of(SeoDbContext db) => db is SqlServerSeoDbContext ? SqlServer : Standard;

    public string Quote(string identifier) => _sqlServer ? $"[{identifier}]" : $"\"{identifier}\"";

    /// <summary>
    /// An UPDATE that returns the new value of <paramref name="column"/> as <c>Value</c> (the
    /// name EF's scalar queries read) from the same statement, so no other writer can slip in
    /// between the change and the read.
    /// </summary>
    public string UpdateReturning(string table, string assignments, string condition, string column) => _sqlServer
        ? $"UPDATE {Quote(table)} SET {assignments} OUTPUT inserted.{Quote(column)} AS [Value] WHERE {condition}"
        : $"UPDATE {Quote(table)} SET {assignments} WHERE {condition} RETURNING {Quote(column)} AS \"Value\"";

    /// <summary>
    /// INSERT of one row unless its key exists, as one statement that cannot fail on a race:
    /// SQLite and PostgreSQL wait for a conflicting insert and then do nothing; on SQL Server
    /// UPDLOCK + HOLDLOCK make the existence check and the insert one atomic step.
    /// </summary>
    public string InsertIfMissing(string table, IReadOnlyList<string> columns, IReadOnlyList<string> values, string keyCondition)
    {
        var columnList = string.Join(", ", columns.Select(Quote));
        var valueList = string.Join(", ", values);
        return _sqlServer
            ? $"INSERT INTO {Quote(table)} ({columnList}) SELECT {valueList} WHERE NOT EXISTS (SELECT 1 FROM {Quote(table)} WITH (UPDLOCK, HOLDLOCK) WHERE {keyCondition})"
            : $"INSERT INTO {Quote(table)} ({columnList}) VALUES ({valueList}) ON CONFLICT DO NOTHING";
    }
}
