using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class CheckpointConfiguration : IEntityTypeConfiguration<Checkpoint>
{
    public void Configure(EntityTypeBuilder<Checkpoint> builder)
    {
        builder.ToTable("Checkpoints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).HasColumnName("Code").ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.NameRu).HasMaxLength(100);
        builder.Property(c => c.NameLatin).HasMaxLength(100);
        builder.Property(c => c.NeighbourCountry).HasMaxLength(2);
        builder.Property(c => c.RegionRu).HasMaxLength(100);
        builder.Property(c => c.RegionEn).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property<bool>("WithoutWaitingZone");
        builder.Ignore(c => c.HasWaitingZone);
        builder.OwnsOne(c => c.Capacity, capacity =>
        {
            capacity.Property(s => s.OpensAt).HasColumnName("OpensAt");
            capacity.Property(s => s.HoursOpen).HasColumnName("HoursOpen");
            capacity.Property(s => s.IntervalMinutes).HasColumnName("IntervalMinutes");
            capacity.Property(s => s.VehiclesPerInterval).HasColumnName("VehiclesPerInterval");
        });
        builder.Navigation(c => c.Capacity).IsRequired();
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.TimeZone);
    }
}
