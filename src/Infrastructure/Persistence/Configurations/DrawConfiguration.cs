using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Draws;
using Seo.Domain.Vehicles;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>The draw of a checkpoint-day: one row per checkpoint and date (docs/fair-release.md).</summary>
internal sealed class DayDrawConfiguration : IEntityTypeConfiguration<DayDraw>
{
    public const string DayIndex = "IX_DayDraws_Checkpoint_Date";

    public void Configure(EntityTypeBuilder<DayDraw> builder)
    {
        builder.ToTable("DayDraws");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Checkpoint).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Seed).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Commitment).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => new { d.Checkpoint, d.Date }).IsUnique().HasDatabaseName(DayIndex);
        builder.HasIndex(d => d.ClosesAt);
        builder.Ignore(d => d.IsDrawn);
        builder.Ignore(d => d.RevealedSeed);
        builder.Ignore(d => d.DomainEvents);
    }
}

/// <summary>Draw entries; one per vehicle and day, by VIN and by plate within its country.</summary>
internal sealed class DrawEntryConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<DrawEntry>
{
    public const string VinIndex = "IX_DrawEntries_Checkpoint_Date_Vin";
    public const string PlateIndex = "IX_DrawEntries_Checkpoint_Date_PlateKey";

    public void Configure(EntityTypeBuilder<DrawEntry> builder)
    {
        builder.ToTable("DrawEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Checkpoint).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Vin).HasMaxLength(17).IsRequired();
        builder.Property(e => e.PlateKey).HasMaxLength(2 + 1 + PlateNumber.MaxLength).IsRequired();
        // The request names the drivers, their documents and phones until the draw makes it a booking.
        builder.Property(e => e.Request).HasConversion(personalData.Text()).HasMaxLength(PersonalDataColumns.StoredLength(DrawEntry.MaxRequestLength)).IsRequired();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Applicant).HasMaxLength(64);
        builder.HasIndex(e => new { e.Checkpoint, e.Date, e.Vin }).IsUnique().HasDatabaseName(VinIndex);
        builder.HasIndex(e => new { e.Checkpoint, e.Date, e.PlateKey }).IsUnique().HasDatabaseName(PlateIndex);
        builder.HasIndex(e => new { e.AccountId, e.Outcome });
        builder.Ignore(e => e.DomainEvents);
    }
}
