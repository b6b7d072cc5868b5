using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Infrastructure.Persistence.Capacity;
using Seo.Infrastructure.Persistence.Idempotency;
using Seo.Infrastructure.Persistence.Outbox;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class CapacityDayConfiguration : IEntityTypeConfiguration<CapacityDay>
{
    public void Configure(EntityTypeBuilder<CapacityDay> builder)
    {
        builder.ToTable("CapacityDays");
        builder.HasKey(d => new { d.Checkpoint, d.Day });
        builder.Property(d => d.Checkpoint).HasMaxLength(40);
    }
}

internal sealed class CapacitySlotConfiguration : IEntityTypeConfiguration<CapacitySlot>
{
    public void Configure(EntityTypeBuilder<CapacitySlot> builder)
    {
        builder.ToTable("CapacitySlots");
        builder.HasKey(s => new { s.Checkpoint, s.Day, s.StartMinute });
        builder.Property(s => s.Checkpoint).HasMaxLength(40);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Sequence);
        builder.Property(m => m.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(m => m.EventId).IsUnique();
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.Property(m => m.AggregateType).HasMaxLength(100);
        builder.Property(m => m.AggregateId).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(64);
        builder.HasIndex(m => new { m.ProcessedAt, m.Sequence });
        // A claim asks, for every message it takes, whether an earlier one of its aggregate is
        // still waiting; without this index that walks the whole backlog once per message.
        builder.HasIndex(m => new { m.AggregateType, m.AggregateId, m.Sequence });
    }
}

/// <remarks>A stored answer repeats what the request carried (drivers, phones, …), so its body is stored encrypted (docs/personal-data.md).</remarks>
internal sealed class IdempotencyRecordConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const string KeyIndex = "PK_IdempotencyRecords";

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.Scope, r.Key }).HasName(KeyIndex);
        builder.Property(r => r.Scope).HasMaxLength(64);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.Body).HasConversion(personalData.Bytes());
        builder.HasIndex(r => r.CreatedAt);
    }
}
