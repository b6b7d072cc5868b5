using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Telemetry;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Persistence.Configurations;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence;

/// <summary>
/// The write store. One model for every provider: application-managed concurrency tokens,
/// no provider-only column types; the few differences (how instants are stored) are decided here.
/// Each provider has a small subclass in <c>Providers/</c> only so that its migrations, which EF
/// ties to a context type, live beside the others'.
/// </summary>
public abstract class SeoDbContext(DbContextOptions options) : DbContext(options)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);
    private readonly List<Guid> _writtenEventIds = [];

    /// <summary>
    /// Encrypts the personal-data columns and keeps their look-up hashes (docs/personal-data.md);
    /// a context given no key ring can build the model but neither read nor write personal data.
    /// </summary>
    internal PersonalDataColumns PersonalDataColumns { get; } =
        new(options.FindExtension<PersonalDataOptionsExtension>()?.Protector ?? PersonalDataProtector.Unavailable);

    internal PersonalDataProtector PersonalData => PersonalDataColumns.Protector;

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<DispatcherGrant> DispatcherGrants => Set<DispatcherGrant>();

    public DbSet<Domain.Payments.TariffRevision> TariffRevisions => Set<Domain.Payments.TariffRevision>();

    public DbSet<Domain.Payments.PaymentIntent> PaymentIntents => Set<Domain.Payments.PaymentIntent>();

    public DbSet<Domain.Payments.ReceivedGatewayEvent> ReceivedGatewayEvents => Set<Domain.Payments.ReceivedGatewayEvent>();

    public DbSet<Domain.Ledger.JournalEntry> JournalEntries => Set<Domain.Ledger.JournalEntry>();

    public DbSet<Domain.Ledger.Remittance> Remittances => Set<Domain.Ledger.Remittance>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Checkpoint> Checkpoints => Set<Checkpoint>();

    public DbSet<CapacityDay> CapacityDays => Set<CapacityDay>();

    public DbSet<CapacitySlot> CapacitySlots => Set<CapacitySlot>();

    public DbSet<Seo.Domain.Devices.Device> Devices => Set<Seo.Domain.Devices.Device>();

    public DbSet<Seo.Domain.Crossings.AnprEvent> AnprEvents => Set<Seo.Domain.Crossings.AnprEvent>();

    public DbSet<Seo.Domain.Alerts.CheckpointAlert> CheckpointAlerts => Set<Seo.Domain.Alerts.CheckpointAlert>();

    public DbSet<Seo.Domain.Barriers.BarrierCommand> BarrierCommands => Set<Seo.Domain.Barriers.BarrierCommand>();

    public DbSet<Seo.Domain.Bookings.Journey.CallList> CallLists => Set<Seo.Domain.Bookings.Journey.CallList>();

    public DbSet<Seo.Domain.Video.VideoSegment> VideoSegments => Set<Seo.Domain.Video.VideoSegment>();

    public DbSet<Seo.Domain.Video.VideoHold> VideoHolds => Set<Seo.Domain.Video.VideoHold>();

    public DbSet<Seo.Domain.Devices.DeviceHealth> DeviceHealth => Set<Seo.Domain.Devices.DeviceHealth>();

    public DbSet<Seo.Domain.PriorityLists.PriorityList> PriorityLists => Set<Seo.Domain.PriorityLists.PriorityList>();

    public DbSet<Seo.Domain.PriorityLists.PriorityListVersion> PriorityListVersions => Set<Seo.Domain.PriorityLists.PriorityListVersion>();

    public DbSet<Seo.Domain.Verification.VerificationRecord> VerificationRecords => Set<Seo.Domain.Verification.VerificationRecord>();

    public DbSet<Seo.Domain.Notifications.Notification> Notifications => Set<Seo.Domain.Notifications.Notification>();

    public DbSet<Seo.Domain.Messaging.OutboundMessage> OutboundMessages => Set<Seo.Domain.Messaging.OutboundMessage>();

    internal DbSet<Messaging.Sandbox.SandboxMessageRecord> SandboxMessages => Set<Messaging.Sandbox.SandboxMessageRecord>();

    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();

    public DbSet<Seo.Domain.Audit.AuditEntry> AuditEntries => Set<Seo.Domain.Audit.AuditEntry>();

    public DbSet<Audit.AuditHead> AuditHead => Set<Audit.AuditHead>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Seo.Domain.Draws.DayDraw> DayDraws => Set<Seo.Domain.Draws.DayDraw>();

    public DbSet<Seo.Domain.Draws.DrawEntry> DrawEntries => Set<Seo.Domain.Draws.DrawEntry>();

    public DbSet<Seo.Domain.Waitlist.WaitlistEntry> WaitlistEntries => Set<Seo.Domain.Waitlist.WaitlistEntry>();

    public DbSet<Application.OpenData.Common.CheckpointVisit> CheckpointVisits => Set<Application.OpenData.Common.CheckpointVisit>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<SignIn.SignInFailureCount> SignInFailureCounts => Set<SignIn.SignInFailureCount>();

    public DbSet<Verification.Simulated.RegistryRecord> RegistryRecords => Set<Verification.Simulated.RegistryRecord>();

    public DbSet<Verification.Simulated.RegistryServiceState> RegistryServiceStates => Set<Verification.Simulated.RegistryServiceState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Configurations with personal data take the context's columns helper; the assembly scan skips them.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SeoDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new AccountConfiguration(PersonalDataColumns));
        modelBuilder.ApplyConfiguration(new BookingConfiguration(PersonalDataColumns));
        modelBuilder.ApplyConfiguration(new VerificationRecordConfiguration(PersonalDataColumns));
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration(PersonalDataColumns));
        modelBuilder.ApplyConfiguration(new DrawEntryConfiguration(PersonalDataColumns));
        modelBuilder.ApplyConfiguration(new OutboundMessageConfiguration(PersonalDataColumns));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        }
    }

    /// <summary>
    /// Writes the tracked changes and, in the same transaction, every domain event they raised
    /// to the outbox. Failures the Rules name (R21's unique index) or concurrent changes come
    /// back as <see cref="PersistenceConflictException"/>.
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        StampActiveVehicle();
        PersonalDataColumns.StampLookups(ChangeTracker);
        WriteOutbox();
        var drafts = TakeAuditDrafts();
        try
        {
            var written = await base.SaveChangesAsync(cancellationToken);
            return drafts.Count == 0 ? written : written + await Audit.AuditAppender.AppendAsync(this, drafts, cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            // Two uploads of one priority list read the same head; the one that lost says so in the list's own words.
            var error = exception.Entries.Any(e => e.Entity is Seo.Domain.PriorityLists.PriorityList)
                ? Seo.Domain.PriorityLists.PriorityListErrors.ConcurrentUpload
                : ConcurrencyErrors.ConcurrentChange;
            throw new PersistenceConflictException(error, exception);
        }
        catch (DbUpdateException exception) when (UniqueViolations.Translate(exception) is { } error)
        {
            throw new PersistenceConflictException(error, exception);
        }
    }

    /// <summary>The outbox events written since the unit of work's transaction began, in order.</summary>
    internal IReadOnlyList<Guid> WrittenEventIds => _writtenEventIds;

    internal void ForgetWrittenEvents() => _writtenEventIds.Clear();

    /// <summary>Whether a save has written outbox rows that its transaction has not yet committed (see <c>OutboxCommitInterceptor</c>).</summary>
    internal bool HasUncommittedOutboxRows { get; set; }

    /// <summary>
    /// Audit entries still to be chained wait until everything else is written: the audit head is
    /// then the last lock the transaction takes, held only until it commits.
    /// </summary>
    private List<Seo.Domain.Audit.AuditEntry> TakeAuditDrafts()
    {
        var drafts = ChangeTracker.Entries<Seo.Domain.Audit.AuditEntry>()
            .Where(e => e.State == EntityState.Added && !e.Entity.IsChained)
            .ToList();
        foreach (var draft in drafts)
        {
            draft.State = EntityState.Detached;
        }

        return [.. drafts.Select(d => d.Entity)];
    }

    internal Task<int> SaveChainedAsync(CancellationToken cancellationToken) => base.SaveChangesAsync(cancellationToken);

    private void StampActiveVehicle()
    {
        foreach (var entry in ChangeTracker.Entries<Booking>())
        {
            var active = entry.Entity.IsActive;
            entry.Property(BookingConfiguration.ActiveVin).CurrentValue = active ? entry.Entity.Vehicle.Vin.Value : null;
            entry.Property(BookingConfiguration.ActivePlate).CurrentValue = active ? BookingConfiguration.PlateKey(entry.Entity.Vehicle) : null;
        }
    }

    private void WriteOutbox()
    {
        var raised = ChangeTracker.Entries<IHasDomainEvents>()
            .Where(e => e.Entity.DomainEvents.Count > 0)
            .Select(e => (Entity: e.Entity, Id: e.Property("Id").CurrentValue?.ToString() ?? string.Empty))
            .ToList();
        if (raised.Count == 0)
        {
            return;
        }

        // The events written with the change, in its trace: the outbox delivers them later, in its own.
        using var activity = SeoActivities.Source.StartActivity("outbox write");
        activity?.SetTag("seo.outbox.events", raised.Sum(r => r.Entity.DomainEvents.Count));
        activity?.SetTag("seo.outbox.types", string.Join(",", raised.SelectMany(r => r.Entity.DomainEvents).Select(e => e.GetType().Name).Distinct()));
        foreach (var (entity, id) in raised)
        {
            foreach (var domainEvent in entity.DomainEvents)
            {
                OutboxMessages.Add(new OutboxMessage
                {
                    EventId = domainEvent.EventId,
                    Type = domainEvent.GetType().Name,
                    AggregateType = entity.GetType().Name,
                    AggregateId = id,
                    Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), EventJson),
                    OccurredAt = domainEvent.OccurredAt,
                });
                _writtenEventIds.Add(domainEvent.EventId);
            }

            entity.ClearDomainEvents();
        }
    }

    private sealed class UtcTicksConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    private sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(), v => v);
}
