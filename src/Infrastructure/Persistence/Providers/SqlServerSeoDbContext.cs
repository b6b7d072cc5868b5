using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Scheduling.QuartzSchema;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>
/// The write store on SQL Server; its migrations are in <c>Migrations/SqlServer</c>. They also create
/// Quartz's job-store tables, because on a server the scheduler is clustered in this database.
/// </summary>
public sealed class SqlServerSeoDbContext(DbContextOptions<SqlServerSeoDbContext> options) : SeoDbContext(options)
{
    /// <summary>Compares text byte for byte, as SQLite and PostgreSQL do by default.</summary>
    public const string BinaryCollation = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // SQL Server's default collation ignores case: "Key-A" and "key-a" would be one
        // Idempotency-Key here and two everywhere else.
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.Property(r => r.Scope).UseCollation(BinaryCollation);
            record.Property(r => r.Key).UseCollation(BinaryCollation);
        });
        QuartzSchemaModel.Configure(modelBuilder);
    }
}
