using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>The write store on PostgreSQL; its migrations are in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlSeoDbContext(DbContextOptions<PostgreSqlSeoDbContext> options) : SeoDbContext(options);
