using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Barriers;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>R11: barrier commands, their delivery state and their audit facts, one row each, kept.</summary>
internal sealed class BarrierCommandConfiguration : IEntityTypeConfiguration<BarrierCommand>
{
    public void Configure(EntityTypeBuilder<BarrierCommand> builder)
    {
        builder.ToTable("BarrierCommands");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(v => v.Value, v => new BarrierCommandId(v)).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.BarrierId).HasConversion(ValueConverters.DeviceId);
        builder.Property(c => c.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Point).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.IssuedBy).HasMaxLength(BarrierIssuer.MaxNameLength).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(BarrierCommand.MaxReasonLength).IsRequired();
        builder.Property(c => c.Plate).HasMaxLength(PlateNumber.MaxLength);
        builder.Property(c => c.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(c => c.BookingNumber).HasMaxLength(BarrierCommand.MaxBookingNumberLength);
        builder.Property(c => c.AckOutcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.AckDetail).HasMaxLength(BarrierCommand.MaxDetailLength);
        builder.Property(c => c.FailureReason).HasMaxLength(200);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        // A barrier's queue (its long poll), the sweep's overdue commands, and the audit logs.
        builder.HasIndex(c => new { c.BarrierId, c.State, c.IssuedAt });
        builder.HasIndex(c => new { c.State, c.LastDeliveredAt });
        builder.HasIndex(c => new { c.Checkpoint, c.IssuedAt });
        builder.HasIndex(c => new { c.BarrierId, c.IssuedAt });
        builder.Ignore(c => c.DomainEvents);
    }
}
