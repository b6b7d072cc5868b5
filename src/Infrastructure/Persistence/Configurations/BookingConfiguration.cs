using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Bookings;
using Seo.Domain.Vehicles;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <remarks>Personal data (docs/personal-data.md): the drivers (one JSON column), the owner's name and IIN/BIN are stored encrypted; the IIN/BIN has a look-up column.</remarks>
internal sealed class BookingConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<Booking>
{
    /// <summary>Shadow columns that hold the vehicle's VIN and plate only while the booking is active (R21).</summary>
    public const string ActiveVin = nameof(ActiveVin);
    public const string ActivePlate = nameof(ActivePlate);
    public const string ActiveVinIndex = "IX_Bookings_ActiveVin";
    public const string ActivePlateIndex = "IX_Bookings_ActivePlate";

    /// <summary>A plate names a vehicle within its country of registration: "KZ:123ABC02".</summary>
    public static string PlateKey(Vehicle vehicle) => $"{vehicle.CountryOfRegistration.Value}:{vehicle.Plate.Value}";

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasConversion(ValueConverters.BookingId).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.Number).HasMaxLength(64).IsRequired();
        builder.Property(b => b.Checkpoint).HasConversion(ValueConverters.CheckpointCode).HasMaxLength(40).IsRequired();
        builder.Property(b => b.AlternativeCheckpoints).HasConversion(ValueConverters.CheckpointCodes, ValueConverters.CheckpointCodesComparer)
            .HasMaxLength(Booking.MaxAlternativeCheckpoints * 41).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Priority).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.Fee).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.Property(b => b.Paid).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.Property(b => b.PaymentReference).HasMaxLength(100);
        builder.Property(b => b.Drivers).HasConversion(personalData.Encrypted(JsonColumns.Drivers), JsonColumns.DriversComparer).HasColumnName("Drivers").IsRequired();
        builder.Property(b => b.PendingReschedule).HasConversion(JsonColumns.PendingReschedule).HasColumnName("PendingReschedule");

        builder.OwnsOne(b => b.Owner, owner =>
        {
            owner.Property(o => o.AccountId).HasConversion(ValueConverters.AccountId).HasColumnName("OwnerAccountId");
            owner.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20).HasColumnName("OwnerKind");
            owner.Property(o => o.Residency).HasConversion<string>().HasMaxLength(20).HasColumnName("OwnerResidency");
            owner.Property(o => o.Name).HasConversion(personalData.Text()).HasMaxLength(PersonalDataColumns.StoredLength(200)).HasColumnName("OwnerName");
            owner.Property(o => o.TaxId).HasConversion(personalData.Text()!).HasMaxLength(PersonalDataColumns.StoredLength(12)).HasColumnName("OwnerTaxId");
            PersonalDataColumns.Lookup(owner, nameof(BookingOwner.TaxId), "OwnerTaxIdLookup");
            owner.HasIndex(o => o.AccountId);
        });
        builder.Navigation(b => b.Owner).IsRequired();

        builder.OwnsOne(b => b.Vehicle, vehicle =>
        {
            vehicle.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30).HasColumnName("VehicleKind");
            vehicle.Property(v => v.CountryOfRegistration).HasConversion(ValueConverters.Country).HasMaxLength(2).HasColumnName("VehicleCountry");
            vehicle.Property(v => v.Plate).HasConversion(ValueConverters.Plate).HasMaxLength(20).HasColumnName("VehiclePlate");
            vehicle.Property(v => v.TrailerPlate).HasConversion(ValueConverters.Plate!).HasMaxLength(20).HasColumnName("TrailerPlate");
            vehicle.Property(v => v.Vin).HasConversion(ValueConverters.Vin).HasMaxLength(17).HasColumnName("VehicleVin");
            vehicle.HasIndex(v => v.Vin);
            vehicle.HasIndex(v => v.Plate);
        });
        builder.Navigation(b => b.Vehicle).IsRequired();

        builder.OwnsOne(b => b.Cargo, cargo =>
        {
            cargo.Property(c => c.UnderVeterinaryOrPhytosanitaryControl).HasColumnName("CargoControlled");
            cargo.Property(c => c.CustomsDeclaration).HasMaxLength(Cargo.MaxReferenceLength).HasColumnName("CargoCustomsDeclaration");
            cargo.Property(c => c.VeterinaryCertificate).HasMaxLength(Cargo.MaxReferenceLength).HasColumnName("CargoVeterinaryCertificate");
        });
        builder.Navigation(b => b.Cargo).IsRequired();

        builder.OwnsOne(b => b.Interval, interval =>
        {
            interval.Property(i => i.Date).HasColumnName("IntervalDate");
            interval.Property(i => i.Start).HasColumnName("IntervalStart");
            interval.Property(i => i.LengthMinutes).HasColumnName("IntervalMinutes");
            interval.Property(i => i.StartsAt).HasColumnName("IntervalStartsAt");
            interval.Property(i => i.EndsAt).HasColumnName("IntervalEndsAt");
            interval.HasIndex(i => i.EndsAt);
        });
        builder.Navigation(b => b.Interval).IsRequired();

        // R21: one active booking per vehicle, by VIN and by plate, guarded by the database
        // too. The columns are null once the booking is no longer active; every provider lets
        // a unique index hold many nulls (SQL Server through the filter EF adds).
        builder.Property<string?>(ActiveVin).HasMaxLength(17);
        builder.Property<string?>(ActivePlate).HasMaxLength(2 + 1 + PlateNumber.MaxLength);
        builder.HasIndex(ActiveVin).IsUnique().HasDatabaseName(ActiveVinIndex);
        builder.HasIndex(ActivePlate).IsUnique().HasDatabaseName(ActivePlateIndex);

        builder.HasIndex(b => b.HoldExpiresAt);
        builder.HasIndex(b => new { b.Checkpoint, b.Status });
        // R11: the officer console names a booking by its number.
        builder.HasIndex(b => b.Number);

        builder.Property(b => b.AnnulmentReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RefusalReason).HasMaxLength(Booking.MaxRefusalReasonLength);
        // The retention sweep finds bookings that ended long ago (docs/personal-data.md).
        builder.HasIndex(b => b.ClosedAt);
        builder.Ignore(b => b.DomainEvents);
        builder.Ignore(b => b.AmountDue);
    }
}
