using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Vehicles;
using Seo.Domain.Verification;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <remarks>Personal data (docs/personal-data.md): the outcomes name drivers, documents, phones and tax ids in their reasons, so the column is stored encrypted.</remarks>
internal sealed class VerificationRecordConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<VerificationRecord>
{
    public void Configure(EntityTypeBuilder<VerificationRecord> builder)
    {
        builder.ToTable("VerificationRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(ValueConverters.VerificationRecordId).ValueGeneratedNever();
        builder.Property(r => r.RequestedBy).HasConversion(ValueConverters.AccountId);
        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(r => r.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(r => r.VehicleCountry).HasConversion(ValueConverters.Country).HasMaxLength(2).IsRequired();
        builder.Property(r => r.VehiclePlate).HasConversion(ValueConverters.Plate).HasMaxLength(PlateNumber.MaxLength).IsRequired();
        builder.Property(r => r.VehicleVin).HasConversion(ValueConverters.Vin).HasMaxLength(17).IsRequired();
        builder.Property(r => r.OwnerResidency).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.DecisionCode).HasMaxLength(100);
        builder.Property(r => r.Outcomes).HasConversion(personalData.Encrypted(JsonColumns.Outcomes), JsonColumns.OutcomesComparer).HasColumnName("Outcomes").IsRequired();

        // The owner's list, a booking's trail and the officers' search by vehicle, each newest first.
        builder.HasIndex(r => new { r.RequestedBy, r.RecordedAt });
        builder.HasIndex(r => r.BookingId);
        builder.HasIndex(r => new { r.VehiclePlate, r.RecordedAt });
        builder.HasIndex(r => new { r.VehicleVin, r.RecordedAt });
        builder.HasIndex(r => r.RecordedAt);
        builder.Ignore(r => r.DomainEvents);
    }
}
