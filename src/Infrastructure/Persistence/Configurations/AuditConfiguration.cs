using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Audit;
using Seo.Infrastructure.Persistence.Audit;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        // The sequence is the key: two appends can never both take the same place.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Target).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Details).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.Ignore(e => e.IsChained);
        builder.HasIndex(e => new { e.Actor, e.Sequence });
        builder.HasIndex(e => new { e.Action, e.Sequence });
        builder.HasIndex(e => new { e.Target, e.Sequence });
        builder.HasIndex(e => e.At);
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("AuditHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasData(new AuditHead { Id = AuditHead.TheOne, Sequence = 0 });
    }
}

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<Domain.Accounts.AccountSession>
{
    public void Configure(EntityTypeBuilder<Domain.Accounts.AccountSession> builder)
    {
        builder.ToTable("AccountSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.AccountId).HasConversion(ValueConverters.AccountId);
        builder.Property(s => s.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(s => s.RevokedBecause).HasMaxLength(40);
        builder.HasIndex(s => s.AccountId);
        builder.Ignore(s => s.DomainEvents);
        builder.Ignore(s => s.IsRevoked);
    }
}
