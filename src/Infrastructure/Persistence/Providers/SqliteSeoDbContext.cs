using Microsoft.EntityFrameworkCore;

namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>The write store on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteSeoDbContext(DbContextOptions<SqliteSeoDbContext> options) : SeoDbContext(options);
