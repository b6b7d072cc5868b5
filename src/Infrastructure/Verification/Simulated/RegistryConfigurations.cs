using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Verification.Simulated;

internal sealed class RegistryRecordConfiguration : IEntityTypeConfiguration<RegistryRecord>
{
    public void Configure(EntityTypeBuilder<RegistryRecord> builder)
    {
        builder.ToTable("SimulatedRegistryRecords");
        builder.HasKey(r => new { r.Registry, r.Key });
        // Every booking's checks fetch their records by key across all registries in one query;
        // the key leads no other index, so without this one that query reads the whole table.
        builder.HasIndex(r => r.Key);
        builder.Property(r => r.Registry).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(Cargo.MaxReferenceLength);
        builder.Property(r => r.Reference).HasMaxLength(RegistryCatalog.MaxReferenceLength).IsRequired();
        builder.Property(r => r.Holder).HasMaxLength(IdentityDocument.MaxNumberLength);
        builder.Property(r => r.Vin).HasMaxLength(Domain.Vehicles.Vin.Length);
        builder.Property(r => r.Plate).HasMaxLength(PlateNumber.MaxLength);
        builder.Property(r => r.LicenceCategories).HasMaxLength(100);
        builder.Property(r => r.Goods).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Note).HasMaxLength(RegistryCatalog.MaxNoteLength);
    }
}

internal sealed class RegistryServiceStateConfiguration : IEntityTypeConfiguration<RegistryServiceState>
{
    public void Configure(EntityTypeBuilder<RegistryServiceState> builder)
    {
        builder.ToTable("SimulatedRegistryStates");
        builder.HasKey(s => s.Registry);
        builder.Property(s => s.Registry).HasConversion<string>().HasMaxLength(40);
    }
}
