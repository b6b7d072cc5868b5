using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Checkpoints;
using Seo.Domain.Waitlist;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>Waitlist entries, keyed by their booking: a booking waits once (docs/capacity.md).</summary>
internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.ToTable("WaitlistEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Checkpoint).HasMaxLength(CheckpointCode.MaxLength).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        // The sweep reads the queue in order and the offers standing; a carrier's position counts those ahead.
        builder.HasIndex(e => new { e.Status, e.JoinedAt });
        builder.HasIndex(e => new { e.Checkpoint, e.Status, e.JoinedAt });
        builder.Ignore(e => e.BookingId);
        builder.Ignore(e => e.IsActive);
        builder.Ignore(e => e.Window);
        builder.Ignore(e => e.OfferedPlace);
        builder.Ignore(e => e.DomainEvents);
    }
}
