using Seo.Application.Checkpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Seo.Application.Barriers.Common;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Application.Sandbox.AdvanceClock;
using Seo.Application.Sandbox.Common;
using Seo.Application.Video.Common;
using Seo.Infrastructure.Identity;
using Seo.Infrastructure.Messaging;
using Seo.Infrastructure.Outbox;
using Seo.Infrastructure.Payments;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Persistence.Providers;
using Seo.Infrastructure.Privacy;
using Seo.Infrastructure.Scheduling;
using Seo.Infrastructure.Verification.Gateway;
using Seo.Infrastructure.Verification.Simulated;
using Seo.Infrastructure.Verification.Simulated.Demo;
using Seo.Infrastructure.Video;

namespace Seo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The write store, capacity ledger, adapters and background jobs of the configured mode.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var persistence = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        var provider = persistence.ParsedProvider;
        services.AddSingleton(persistence);
        var connectionString = persistence.ConnectionString(configuration.GetConnectionString("Seo"));
        AddPersonalData(services, configuration, persistence);
        services.AddWriteStore(provider, connectionString);

        // Readiness reports each store by name; read-model stores add theirs beside it.
        services.AddHealthChecks().AddDbContextCheck<SeoDbContext>($"write-store:{provider}", tags: ["ready", "store"]);

        var settings = configuration.GetSection(DomainSettings.Section).Get<DomainSettings>() ?? new DomainSettings();
        services.AddSingleton(new Persistence.Seed.TariffSeed(settings.ToTariff()));
        services.AddSingleton(settings.ToPriorityQuota());
        services.AddSingleton(configuration.GetSection(PriorityLimitOptions.Section).Get<PriorityLimitOptions>() ?? new PriorityLimitOptions());
        services.AddSingleton(settings.ToCapacitySchedule());
        services.AddSingleton(configuration.GetSection(BookingOptions.Section).Get<BookingOptions>() ?? new BookingOptions());
        services.AddSingleton(configuration.GetSection(Application.Waitlist.Common.WaitlistOptions.Section).Get<Application.Waitlist.Common.WaitlistOptions>() ?? new Application.Waitlist.Common.WaitlistOptions());
        services.AddSingleton(configuration.GetSection(BookingCapOptions.Section).Get<BookingCapOptions>() ?? new BookingCapOptions());
        services.AddPayments(configuration, persistence);
        var draws = configuration.GetSection(Application.Draws.Common.DrawOptions.Section).Get<Application.Draws.Common.DrawOptions>() ?? new Application.Draws.Common.DrawOptions();
        services.AddSingleton(draws);
        services.AddSingleton(new Application.Draws.Common.DrawWindow(draws));
        services.AddSingleton((configuration.GetSection(JourneyOptions.Section).Get<JourneyOptions>() ?? new JourneyOptions()).ToPolicy());
        services.AddSingleton(configuration.GetSection(DeviceOptions.Section).Get<DeviceOptions>() ?? new DeviceOptions());

        // R32: recordings are files under one root by default (the app's data folder unless configured).
        var video = configuration.GetSection(VideoOptions.Section).Get<VideoOptions>() ?? new VideoOptions();
        services.AddSingleton(video);
        services.AddSingleton<IVideoStorage>(new FileSystemVideoStorage(
            string.IsNullOrWhiteSpace(video.StorageRoot) ? Path.Combine(persistence.DataDirectory, "video") : video.StorageRoot));
        services.AddSingleton(configuration.GetSection(BarrierOptions.Section).Get<BarrierOptions>() ?? new BarrierOptions());
        services.AddSingleton<IBarrierCommandSignal, Barriers.BarrierCommandSignal>();
        services.AddSingleton<IInterceptor, Barriers.BarrierCommandCommitInterceptor>();
        services.TryAddSingleton<Application.Checkpoints.CheckpointCatalog.Snapshot>();
        services.AddSingleton<IInterceptor, Persistence.CheckpointCatalogCommitInterceptor>();

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IIdempotencyStore, Persistence.Idempotency.EfIdempotencyStore>();
        services.AddScoped<IAuditTrail, Persistence.Audit.EfAuditTrail>();
        // Hosts without requests (the projections worker) act as nobody; the API replaces this with the caller.
        services.TryAddScoped<ICurrentUser, Persistence.Audit.NoCurrentUser>();
        services.AddScoped<IAuditLog, Persistence.Audit.EfAuditLog>();
        services.AddScoped<IAccountSessionCheck, Persistence.EfAccountSessionCheck>();
        services.AddScoped<PersonalDataRetention>();
        services.AddScoped<PersonalDataReencryption>();
        services.AddScoped<CapacityDayOpener>();
        // R6: the day's priority limit, asked by the ledger when it opens a day (registered by the application too).
        services.TryAddScoped<PriorityLimits>();
        services.AddScoped<ICapacityLedger, CapacityLedger>();
        services.AddScoped<IAccountBookingGate, AccountBookingGate>();
        services.AddScoped<ISlotAvailabilityReader, SqlSlotAvailabilityReader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<IPasswordHasher>(new Pbkdf2PasswordHasher(
            configuration.GetValue("Seo:Security:PasswordIterations", Pbkdf2PasswordHasher.DefaultIterations)));

        // Sign-in protection: lockout counts in the write store, password work through a bounded gate.
        var signIn = configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        signIn.Validate();
        services.AddSingleton(signIn);
        services.AddSingleton<IPasswordWork>(provider => new GatedPasswordWork(provider.GetRequiredService<IPasswordHasher>(), signIn.Gate, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<ISignInThrottle, EfSignInThrottle>();

        // The registries answer through the e-government gateway once it is configured; until then
        // the simulated registries in the write store answer, with the demo data set seeded.
        var gateway = configuration.GetSection(RegistryGatewayOptions.Section).Get<RegistryGatewayOptions>() ?? new RegistryGatewayOptions();
        var sandbox = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        services.AddSingleton(sandbox);
        AddClock(services, sandbox);
        if (gateway.IsConfigured)
        {
            // The sandbox edits only the simulated registries: with the gateway it would promise refusals it cannot cause.
            if (sandbox.Enabled)
            {
                throw new InvalidOperationException(
                    $"{SandboxOptions.Section}:Enabled is true but {RegistryGatewayOptions.Section}:BaseUrl is set: the sandbox manages only the simulated registries. " +
                    "Set Seo__Sandbox__Enabled=false to use the gateway, or unset the gateway to run the sandbox.");
            }

            services.AddRegistryGateway(gateway);
        }
        else
        {
            services.AddScoped<IVehicleVerification, SimulatedRegistryVerification>();
            services.AddScoped<DemoRegistrySeed>();
        }

        services.AddScoped<ISandboxRegistries, SandboxRegistryStore>();
        AddIdentityProof(services, configuration, persistence, sandbox);

        // The journey's messages; the process whose scheduler runs the delivery job must have providers (or sandbox / record-only).
        var schedulingEnabled = configuration.GetSection(SchedulingOptions.Section).GetValue(nameof(SchedulingOptions.Enabled), defaultValue: true);
        services.AddMessaging(configuration, sandbox.Enabled, deliversHere: schedulingEnabled);

        // The outbox is delivered to whatever projections are registered (IOutboxHandler).
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        outbox.Validate();
        services.AddSingleton(outbox);
        services.AddMetrics();
        services.AddSingleton<OutboxMetrics>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<IOutboxAdministration>(provider => provider.GetRequiredService<OutboxStore>());
        services.AddScoped<OutboxDispatchRound>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, ["ready"]);

        // In memory beside the embedded file; clustered in the write database on a server.
        var schedulerStore = provider switch
        {
            StoreProvider.SqlServer => SchedulerStore.SqlServer,
            StoreProvider.PostgreSql => SchedulerStore.PostgreSql,
            _ => SchedulerStore.InMemory,
        };
        services.AddSeoScheduling(configuration, schedulerStore, connectionString);

        return services;
    }

    /// <summary>
    /// Delivers the outbox to the registered projections from this process (unless
    /// <c>Seo:Outbox:Enabled</c> is false). Called by whichever host runs the projections: the API
    /// by default, or the separate projections worker, never both by accident of configuration.
    /// </summary>
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        if (outbox.Enabled)
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>
    /// R15: owners prove their IIN/BIN with a certificate chaining to the configured roots; in
    /// sandbox mode also to the sandbox test root, which issues test certificates.
    /// </summary>
    private static void AddIdentityProof(IServiceCollection services, IConfiguration configuration, PersistenceOptions persistence, SandboxOptions sandbox)
    {
        var identity = configuration.GetSection(IdentityProofOptions.Section).Get<IdentityProofOptions>() ?? new IdentityProofOptions();
        services.AddSingleton(identity);
        if (sandbox.Enabled)
        {
            services.AddSingleton(provider => new Identity.SandboxCertificateAuthority(persistence.DataDirectory, provider.GetRequiredService<TimeProvider>()));
            services.AddSingleton<ISandboxCertificateAuthority>(provider => provider.GetRequiredService<Identity.SandboxCertificateAuthority>());
        }

        services.AddSingleton(provider => new Identity.TrustedIdentityRoots(identity, provider.GetService<Identity.SandboxCertificateAuthority>()));
        services.AddSingleton<IIdentityCertificateVerifier, Identity.X509IdentityCertificateVerifier>();
    }

    /// <summary>
    /// The real clock; in sandbox mode one its registrar can move forward (POST /api/v1/sandbox/clock),
    /// so that a whole checkpoint-day can be played through the API in minutes.
    /// </summary>
    /// <summary>
    /// The key ring personal data is encrypted with (docs/personal-data.md): configured, or outside
    /// Production a key file generated in the data folder. Resolved with the first store context,
    /// so Production without keys stops at start.
    /// </summary>
    private static void AddPersonalData(IServiceCollection services, IConfiguration configuration, PersistenceOptions persistence)
    {
        var options = configuration.GetSection(PersonalDataOptions.Section).Get<PersonalDataOptions>() ?? new PersonalDataOptions();
        services.AddSingleton(provider => PersonalDataKeyRing.Resolve(
            options, persistence.DataDirectory, provider.GetService<IHostEnvironment>()?.IsProduction() ?? false));
        services.AddSingleton(provider => new PersonalDataProtector(provider.GetRequiredService<PersonalDataKeyRing>()));
        var legacyTotpKey = KeyRingSecretProtector.LegacyKey(configuration, persistence.DataDirectory);
        services.AddSingleton<ISecretProtector>(provider => new KeyRingSecretProtector(provider.GetRequiredService<PersonalDataProtector>(), legacyTotpKey));
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
    }

    private static void AddClock(IServiceCollection services, SandboxOptions sandbox)
    {
        if (!sandbox.Enabled)
        {
            services.AddSingleton(TimeProvider.System);
            return;
        }

        var clock = new Sandbox.ShiftedSandboxClock(TimeProvider.System);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ISandboxClock>(clock);
        services.AddScoped<SandboxClockAdvance>();
    }
}
