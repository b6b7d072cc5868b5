using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>The write store on SQL Server; its migrations are in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerSeoDbContext(DbContextOptions<SqlServerSeoDbContext> options) : SeoDbContext(options);
