using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>The tariff's history (R25, R26): append-only, one number per entry.</summary>
internal sealed class TariffRevisionConfiguration : IEntityTypeConfiguration<TariffRevision>
{
    /// <summary>Two entries never share a number: of two registrars entering at once, one commits.</summary>
    public const string NumberIndex = "IX_TariffRevisions_Number";

    public void Configure(EntityTypeBuilder<TariffRevision> builder)
    {
        builder.ToTable("TariffRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(v => v.Value, v => new TariffRevisionId(v)).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.Number).IsUnique().HasDatabaseName(NumberIndex);
        builder.Property(r => r.Item).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Value).HasPrecision(18, 2);
        builder.Property(r => r.Reason).HasMaxLength(TariffRevision.MaxReasonLength).IsRequired();
        builder.Property(r => r.EnteredBy).HasConversion(ValueConverters.AccountId);
        builder.Ignore(r => r.DomainEvents);
    }
}
