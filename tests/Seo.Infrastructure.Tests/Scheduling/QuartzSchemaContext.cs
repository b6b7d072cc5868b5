using Microsoft.EntityFrameworkCore;
using Seo.Infrastructure.Scheduling.QuartzSchema;

namespace Seo.Infrastructure.Tests.Scheduling;

/// <summary>A context holding Quartz's tables and nothing else, as a server provider's context would add them.</summary>
internal sealed class QuartzSchemaContext(DbContextOptions<QuartzSchemaContext> options) : DbContext(options)
{
    /// <summary>No server is contacted: only the create script is asked for.</summary>
    public static QuartzSchemaContext PostgreSql(string connectionString = "Host=localhost") =>
        new(new DbContextOptionsBuilder<QuartzSchemaContext>().UseNpgsql(connectionString).Options);

    public static QuartzSchemaContext SqlServer() =>
        new(new DbContextOptionsBuilder<QuartzSchemaContext>().UseSqlServer("Server=.").Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => QuartzSchemaModel.Configure(modelBuilder);
}
