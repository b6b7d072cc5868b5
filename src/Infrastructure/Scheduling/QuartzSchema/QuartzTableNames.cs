namespace Seo.Infrastructure.Scheduling.QuartzSchema;

/// <summary>
/// Table, key and index names under one prefix, lower case. Keys and foreign keys are named as
/// Quartz's SQL Server script names them, so the two providers' schemas read alike.
/// </summary>
internal sealed class QuartzTableNames
{
    private readonly string _prefix;

    public QuartzTableNames(string tablePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tablePrefix);
        if (tablePrefix.Contains('.', StringComparison.Ordinal))
        {
            // Quartz would qualify its SQL with the schema; EF would need ToTable(name, schema) to agree.
            throw new ArgumentException("A schema-qualified table prefix is not supported; use the model's default schema.", nameof(tablePrefix));
        }

        _prefix = tablePrefix.ToLowerInvariant();
    }

    /// <summary>The prefixed table, e.g. <c>qrtz_job_details</c> for <c>job_details</c>.</summary>
    public string Table(string name) => _prefix + name;

    public string PrimaryKey(string table) => "pk_" + Table(table);

    public string ForeignKey(string table, string principalTable) => $"fk_{Table(table)}_{Table(principalTable)}";

    /// <summary>Quartz's index names, e.g. <c>idx_qrtz_t_j</c> for <c>t_j</c>.</summary>
    public string Index(string name) => "idx_" + _prefix + name;
}
