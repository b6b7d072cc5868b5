using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.ToTable("Devices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasConversion(ValueConverters.DeviceId).ValueGeneratedNever();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Name).HasMaxLength(Device.MaxNameLength).IsRequired();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20).HasDefaultValue(DeviceKind.AnprCamera).HasSentinel((DeviceKind)(-1));
        builder.Property(d => d.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Point).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Direction).HasConversion<string>().HasMaxLength(10);
        // Only the SHA-256 of the key (DeviceApiKey); the key itself is never stored.
        builder.Property(d => d.KeyHash).HasMaxLength(DeviceApiKey.HashLength).IsFixedLength().IsRequired();
        builder.HasIndex(d => d.Checkpoint);
        builder.Ignore(d => d.IsRevoked);
        builder.Ignore(d => d.DomainEvents);
    }
}

internal sealed class AnprEventConfiguration : IEntityTypeConfiguration<AnprEvent>
{
    /// <summary>The camera's event id is the key: a second insert of the same read cannot commit.</summary>
    public const string PrimaryKey = "PK_AnprEvents";

    public void Configure(EntityTypeBuilder<AnprEvent> builder)
    {
        builder.ToTable("AnprEvents");
        builder.HasKey(e => e.Id).HasName(PrimaryKey);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.DeviceId).HasConversion(ValueConverters.DeviceId);
        builder.Property(e => e.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Point).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.PlateAsRead).HasMaxLength(AnprEvent.MaxPlateAsReadLength).IsRequired();
        builder.Property(e => e.Plate).HasConversion(ValueConverters.Plate).HasMaxLength(PlateNumber.MaxLength).IsRequired();
        builder.Property(e => e.ImageReference).HasMaxLength(AnprEvent.MaxImageReferenceLength);
        builder.Property(e => e.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(e => e.BookingNumber).HasMaxLength(64);
        builder.Property(e => e.Vin).HasMaxLength(17);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ReadOutcome.Observed).HasSentinel((ReadOutcome)(-1));
        builder.Property(e => e.ManualReason).HasMaxLength(ManualRead.MaxReasonLength);
        builder.HasIndex(e => new { e.Checkpoint, e.CapturedAt });
        builder.HasIndex(e => e.Plate);
        builder.HasIndex(e => e.BookingId);
        builder.Ignore(e => e.Matched);
        builder.Ignore(e => e.Manual);
        builder.Ignore(e => e.DomainEvents);
    }
}
