using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <remarks>Personal data (docs/personal-data.md): the e-mail, the display and owner names, the IIN/BIN and the phone are stored encrypted; the e-mail and the IIN/BIN have look-up columns.</remarks>
internal sealed class AccountConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<Account>
{
    /// <summary>One account per e-mail (the sign-in name), held on the e-mail's keyed hash.</summary>
    public const string EmailIndex = "IX_Accounts_Email";

    /// <summary>R15: one account per proven IIN/BIN.</summary>
    public const string ProvenTaxIdIndex = "IX_Accounts_ProvenTaxId";

    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(ValueConverters.AccountId).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Email).HasConversion(personalData.Email()).HasMaxLength(PersonalDataColumns.StoredLength(EmailAddress.MaxLength)).IsRequired();
        PersonalDataColumns.Lookup(builder, nameof(Account.Email));
        builder.HasIndex(nameof(Account.Email) + PersonalDataColumns.LookupSuffix).IsUnique().HasDatabaseName(EmailIndex);
        builder.Property(a => a.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(a => a.DisplayName).HasConversion(personalData.Text()).HasMaxLength(PersonalDataColumns.StoredLength(200)).IsRequired();
        builder.Property(a => a.Debt).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.OwnsOne(a => a.Owner, owner =>
        {
            owner.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20).HasColumnName("OwnerKind");
            owner.Property(o => o.Residency).HasConversion<string>().HasMaxLength(20).HasColumnName("Residency");
            owner.Property(o => o.Name).HasConversion(personalData.Text()).HasMaxLength(PersonalDataColumns.StoredLength(200)).HasColumnName("OwnerName");
            owner.Property(o => o.TaxId).HasConversion(personalData.Text()!).HasMaxLength(PersonalDataColumns.StoredLength(12)).HasColumnName("TaxId");
            PersonalDataColumns.Lookup(owner, nameof(OwnerProfile.TaxId), "TaxIdLookup");
            owner.Property(o => o.Phone).HasConversion(personalData.Phone()).HasMaxLength(PersonalDataColumns.StoredLength(20)).HasColumnName("Phone");
            owner.OwnsOne(o => o.Agreement, agreement =>
            {
                agreement.Property(g => g.Version).HasMaxLength(40).HasColumnName("AgreementVersion");
                agreement.Property(g => g.SignedAt).HasColumnName("AgreementSignedAt");
                agreement.Property(g => g.ConsentChannel).HasConversion<string>().HasMaxLength(40).HasColumnName("ConsentChannel");
            });
        });
        // The proven IIN/BIN is personal data like the one given: stored encrypted, and "one account
        // per tax id" (R15) is held by a unique index on its keyed hash.
        builder.Property(a => a.ProvenTaxId).HasConversion(personalData.Text()!).HasMaxLength(PersonalDataColumns.StoredLength(12));
        PersonalDataColumns.Lookup(builder, nameof(Account.ProvenTaxId));
        builder.HasIndex(nameof(Account.ProvenTaxId) + PersonalDataColumns.LookupSuffix).IsUnique().HasDatabaseName(ProvenTaxIdIndex);
        builder.Property(a => a.IdentityCertificate).HasMaxLength(64);
        builder.Property(a => a.IdentityChallenge).HasMaxLength(200);
        builder.Ignore(a => a.NeedsIdentityProof);
        builder.Property(a => a.DisabledReason).HasMaxLength(500);
        builder.Ignore(a => a.IsDisabled);
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class DispatcherGrantConfiguration : IEntityTypeConfiguration<DispatcherGrant>
{
    public void Configure(EntityTypeBuilder<DispatcherGrant> builder)
    {
        builder.ToTable("DispatcherGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasConversion(v => v.Value, v => new DispatcherGrantId(v)).ValueGeneratedNever();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Property(g => g.Organisation).HasConversion(ValueConverters.AccountId);
        builder.Property(g => g.Dispatcher).HasConversion(ValueConverters.AccountId);
        builder.HasIndex(g => new { g.Organisation, g.Dispatcher });
        builder.HasIndex(g => g.Dispatcher);
        builder.Ignore(g => g.IsActive);
        builder.Ignore(g => g.DomainEvents);
    }
}
