using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Accounts;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public const string EmailIndex = "IX_Accounts_Email";

    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(ValueConverters.AccountId).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Email).HasConversion(ValueConverters.Email).HasMaxLength(254).IsRequired();
        builder.HasIndex(a => a.Email).IsUnique().HasDatabaseName(EmailIndex);
        builder.Property(a => a.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(a => a.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Debt).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.OwnsOne(a => a.Owner, owner =>
        {
            owner.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20).HasColumnName("OwnerKind");
            owner.Property(o => o.Residency).HasConversion<string>().HasMaxLength(20).HasColumnName("Residency");
            owner.Property(o => o.Name).HasMaxLength(200).HasColumnName("OwnerName");
            owner.Property(o => o.TaxId).HasMaxLength(12).HasColumnName("TaxId");
            owner.Property(o => o.Phone).HasConversion(ValueConverters.Phone).HasMaxLength(20).HasColumnName("Phone");
            owner.OwnsOne(o => o.Agreement, agreement =>
            {
                agreement.Property(g => g.Version).HasMaxLength(40).HasColumnName("AgreementVersion");
                agreement.Property(g => g.SignedAt).HasColumnName("AgreementSignedAt");
                agreement.Property(g => g.ConsentChannel).HasConversion<string>().HasMaxLength(40).HasColumnName("ConsentChannel");
            });
        });
        builder.Property(a => a.DisabledReason).HasMaxLength(500);
        builder.Ignore(a => a.IsDisabled);
        builder.Ignore(a => a.DomainEvents);
    }
}
