using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Seo.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the API (see scripts/add-migration.sh).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SeoDbContext>
{
    public SeoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SeoDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
