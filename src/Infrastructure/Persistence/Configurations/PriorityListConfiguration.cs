using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.PriorityLists;
using Seo.Domain.Vehicles;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>The head of each priority list: its current version number, guarded by the concurrency token.</summary>
internal sealed class PriorityListConfiguration : IEntityTypeConfiguration<PriorityList>
{
    public const string PrimaryKey = "PK_PriorityLists";

    public void Configure(EntityTypeBuilder<PriorityList> builder)
    {
        builder.ToTable("PriorityLists");
        builder.HasKey(l => l.Id).HasName(PrimaryKey);
        builder.Property(l => l.Id).HasConversion<string>().HasMaxLength(40).HasColumnName("Kind").ValueGeneratedNever();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.DomainEvents);
    }
}

/// <summary>
/// Every upload of a list, keyed by list and number, so two versions with the same number can
/// never both be stored; their vehicles in a table of their own, indexed for the look-up a
/// priority booking makes (by VIN, by country and plate).
/// </summary>
internal sealed class PriorityListVersionConfiguration : IEntityTypeConfiguration<PriorityListVersion>
{
    public const string PrimaryKey = "PK_PriorityListVersions";

    public void Configure(EntityTypeBuilder<PriorityListVersion> builder)
    {
        builder.ToTable("PriorityListVersions");
        builder.HasKey(v => new { v.Kind, v.Number }).HasName(PrimaryKey);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(40).ValueGeneratedNever();
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.UploadedBy).HasConversion(ValueConverters.AccountId);
        builder.Property(v => v.UploadedAt);
        builder.OwnsMany(v => v.Entries, entry =>
        {
            entry.ToTable("PriorityListEntries");
            entry.WithOwner().HasForeignKey("Kind", "Number");
            entry.Property<long>("Id").ValueGeneratedOnAdd();
            entry.HasKey("Id");
            entry.Property(e => e.Country).HasConversion(ValueConverters.Country!).HasMaxLength(2).HasColumnName("Country");
            entry.Property(e => e.Plate).HasConversion(ValueConverters.Plate!).HasMaxLength(PlateNumber.MaxLength).HasColumnName("Plate");
            entry.Property(e => e.Vin).HasConversion(ValueConverters.Vin!).HasMaxLength(Vin.Length).HasColumnName("Vin");
            entry.Property(e => e.OperatorBin).HasConversion(ValueConverters.Bin!).HasMaxLength(12).HasColumnName("OperatorBin");
            entry.Property(e => e.OperatorName).HasMaxLength(PriorityListEntry.MaxOperatorNameLength).HasColumnName("OperatorName");
            entry.HasIndex("Kind", "Number", nameof(PriorityListEntry.Vin));
            entry.HasIndex("Kind", "Number", nameof(PriorityListEntry.Country), nameof(PriorityListEntry.Plate));
        });
        builder.Navigation(v => v.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
