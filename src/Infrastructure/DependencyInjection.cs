using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Identity;
using Seo.Infrastructure.Payments;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Scheduling;
using Seo.Infrastructure.Verification;

namespace Seo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The write store, capacity ledger, adapters and background jobs of the configured mode.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var persistence = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        if (!string.Equals(persistence.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Persistence:Provider '{persistence.Provider}' is not available yet; the embedded default is Sqlite.");
        }

        var connectionString = SqliteConnectionString(configuration.GetConnectionString("Seo"), persistence.DataDirectory);
        services.AddDbContext<SeoDbContext>(options => options.UseSqlite(connectionString));

        var settings = configuration.GetSection(DomainSettings.Section).Get<DomainSettings>() ?? new DomainSettings();
        services.AddSingleton(settings.ToTariff());
        services.AddSingleton(settings.ToPriorityQuota());
        services.AddSingleton(settings.ToCapacitySchedule());
        services.AddSingleton(configuration.GetSection(BookingOptions.Section).Get<BookingOptions>() ?? new BookingOptions());
        services.AddSingleton(TimeProvider.System);

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IIdempotencyStore, Persistence.Idempotency.EfIdempotencyStore>();
        services.AddScoped<CapacityDayOpener>();
        services.AddScoped<ICapacityLedger, CapacityLedger>();
        services.AddScoped<ISlotAvailabilityReader, SqlSlotAvailabilityReader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<IPasswordHasher>(new Pbkdf2PasswordHasher(
            configuration.GetValue("Seo:Security:PasswordIterations", Pbkdf2PasswordHasher.DefaultIterations)));
        services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
        services.AddSingleton<IVehicleVerification, PassAllChecksVerification>();

        services.AddSeoScheduling(configuration, SchedulerStore.InMemory);

        return services;
    }

    /// <summary>
    /// The embedded default's database file, in the data folder unless a connection string is
    /// given. Waits up to 30 s for the write lock, so concurrent bookings queue instead of failing.
    /// </summary>
    private static string SqliteConnectionString(string? configured, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? string.Empty);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            Directory.CreateDirectory(dataDirectory);
            builder.DataSource = Path.Combine(dataDirectory, "seo.db");
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        return builder.ToString();
    }
}
