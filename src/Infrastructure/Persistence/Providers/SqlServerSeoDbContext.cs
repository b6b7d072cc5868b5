using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Scheduling.QuartzSchema;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>
/// The write store on SQL Server; its migrations are in <c>Migrations/SqlServer</c>. They also create
/// Quartz's job-store tables, because on a server the scheduler is clustered in this database.
/// </summary>
public sealed class SqlServerSeoDbContext(DbContextOptions<SqlServerSeoDbContext> options) : SeoDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        QuartzSchemaModel.Configure(modelBuilder);
    }
}
