using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Devices;
using Seo.Domain.Video;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class VideoSegmentConfiguration : IEntityTypeConfiguration<VideoSegment>
{
    /// <summary>The camera's segment id is the key: a second insert of the same segment cannot commit.</summary>
    public const string PrimaryKey = "PK_VideoSegments";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<VideoSegment> builder)
    {
        builder.ToTable("VideoSegments");
        builder.HasKey(s => s.Id).HasName(PrimaryKey);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.DeviceId).HasConversion(ValueConverters.DeviceId);
        builder.Property(s => s.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Point).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.StorageReference).HasMaxLength(VideoSegment.MaxStorageReferenceLength).IsRequired();
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        // The holds keeping a segment are read only with it; HoldCount is what the sweep queries.
        builder.Ignore(s => s.Holds);
        builder.Property<List<Guid>>("_holds")
            .HasColumnName("Holds")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<Guid>>(v, Json) ?? new List<Guid>(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToList()))
            .HasMaxLength(4000)
            .IsRequired();
        builder.Property(s => s.DeletedBy).HasMaxLength(64);
        builder.Property(s => s.DeletionReason).HasMaxLength(300);
        builder.Property(s => s.LastDeletionError).HasMaxLength(VideoSegment.MaxErrorLength);
        builder.HasIndex(s => new { s.Checkpoint, s.From });
        builder.HasIndex(s => new { s.State, s.DeleteAfter });
        builder.HasIndex(s => s.DeviceId);
        builder.Ignore(s => s.IsHeld);
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class VideoHoldConfiguration : IEntityTypeConfiguration<VideoHold>
{
    public void Configure(EntityTypeBuilder<VideoHold> builder)
    {
        builder.ToTable("VideoHolds");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Property(h => h.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(h => h.DeviceId).HasConversion(ValueConverters.DeviceId);
        builder.Property(h => h.Reason).HasMaxLength(VideoHold.MaxReasonLength).IsRequired();
        builder.Property(h => h.IncidentReference).HasMaxLength(VideoHold.MaxIncidentLength).IsRequired();
        builder.Property(h => h.ReleaseReason).HasMaxLength(VideoHold.MaxReasonLength);
        builder.HasIndex(h => new { h.Checkpoint, h.PlacedAt });
        builder.Ignore(h => h.IsActive);
        builder.Ignore(h => h.DomainEvents);
    }
}

internal sealed class DeviceHealthConfiguration : IEntityTypeConfiguration<DeviceHealth>
{
    /// <summary>One row per device: two first heartbeats racing cannot both insert one.</summary>
    public const string PrimaryKey = "PK_DeviceHealth";

    public void Configure(EntityTypeBuilder<DeviceHealth> builder)
    {
        builder.ToTable("DeviceHealth");
        builder.HasKey(h => h.Id).HasName(PrimaryKey);
        builder.Property(h => h.Id).HasConversion(ValueConverters.DeviceId).ValueGeneratedNever();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Property(h => h.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Power).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(h => h.Checkpoint);
        builder.Ignore(h => h.DomainEvents);
    }
}
