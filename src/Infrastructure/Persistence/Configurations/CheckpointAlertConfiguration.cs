using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings.Journey;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class CheckpointAlertConfiguration : IEntityTypeConfiguration<CheckpointAlert>
{
    public void Configure(EntityTypeBuilder<CheckpointAlert> builder)
    {
        builder.ToTable("CheckpointAlerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(v => v.Value, v => new AlertId(v)).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Message).HasMaxLength(CheckpointAlert.MaxMessageLength).IsRequired();
        builder.Property(a => a.Plate).HasMaxLength(CheckpointAlert.MaxPlateLength);
        builder.Property(a => a.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(320);
        builder.HasIndex(a => new { a.Checkpoint, a.RaisedAt });
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class CallListConfiguration : IEntityTypeConfiguration<CallList>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CallList> builder)
    {
        builder.ToTable("CallLists");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Property(l => l.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        // Kept as sent, read only with the list: one JSON column of plain values (JourneyBooking).
        builder.Property(l => l.Vehicles)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<JourneyBooking>>(v, Json)!,
                new ValueComparer<IReadOnlyList<JourneyBooking>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .IsRequired();
        builder.HasIndex(l => new { l.Checkpoint, l.CalledAt });
        builder.Ignore(l => l.DomainEvents);
    }
}
