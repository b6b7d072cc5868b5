using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Ledger;
using Seo.Domain.Payments;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>Payment intents (R23): one per amount due, kept unique by its key.</summary>
internal sealed class PaymentIntentConfiguration : IEntityTypeConfiguration<PaymentIntent>
{
    /// <summary>Two intents never pay for the same thing: of two opened at once, one commits.</summary>
    public const string KeyIndex = "IX_PaymentIntents_Key";

    public void Configure(EntityTypeBuilder<PaymentIntent> builder)
    {
        builder.ToTable("PaymentIntents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion(v => v.Value, v => new PaymentIntentId(v)).ValueGeneratedNever();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.Key).HasMaxLength(120).IsRequired();
        builder.HasIndex(i => i.Key).IsUnique().HasDatabaseName(KeyIndex);
        builder.Property(i => i.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.Property(i => i.Payer).HasConversion(ValueConverters.AccountId);
        builder.HasIndex(i => new { i.Payer, i.CreatedAt });
        builder.Property(i => i.Booking).HasConversion(ValueConverters.BookingId);
        builder.Property(i => i.Reference).HasMaxLength(60).IsRequired();
        builder.Property(i => i.Amount).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.Property(i => i.GatewayPaymentId).HasMaxLength(100);
        builder.Property(i => i.PaymentPage).HasMaxLength(500);
        builder.Property(i => i.LastFailure).HasMaxLength(PaymentIntent.MaxReasonLength);
        builder.Property(i => i.RefundId).HasMaxLength(100);
        builder.Property(i => i.RefundFault).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.RefundReason).HasMaxLength(PaymentIntent.MaxReasonLength);
        builder.Ignore(i => i.RefundDue);
        builder.Ignore(i => i.DomainEvents);
    }
}

/// <summary>Gateway callbacks acted on, by the gateway's event id (a repeat finds its row).</summary>
internal sealed class ReceivedGatewayEventConfiguration : IEntityTypeConfiguration<ReceivedGatewayEvent>
{
    public const string PrimaryKey = "PK_ReceivedGatewayEvents";

    public void Configure(EntityTypeBuilder<ReceivedGatewayEvent> builder)
    {
        builder.ToTable("ReceivedGatewayEvents");
        builder.HasKey(e => e.EventId).HasName(PrimaryKey);
        builder.Property(e => e.EventId).HasMaxLength(ReceivedGatewayEvent.MaxEventIdLength);
        builder.Property(e => e.Type).HasMaxLength(30);
    }
}

/// <summary>The journal (append-only) and its lines, amounts in tiyn so every store sums them exactly.</summary>
internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(v => v.Value, v => new JournalEntryId(v)).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Carrier).HasConversion(ValueConverters.AccountId);
        builder.Property(e => e.Intent).HasConversion(v => v!.Value.Value, v => new PaymentIntentId(v));
        builder.Property(e => e.Reference).HasMaxLength(JournalEntry.MaxReferenceLength).IsRequired();
        builder.HasIndex(e => new { e.RemittanceId, e.PostedAt });
        builder.HasIndex(e => e.PostedAt);
        builder.Ignore(e => e.Amount);
        builder.Ignore(e => e.DomainEvents);
        builder.OwnsMany(e => e.Lines, lines =>
        {
            lines.ToTable("JournalLines");
            lines.WithOwner().HasForeignKey("EntryId");
            // An entry debits one account and credits another, so the account names the line.
            lines.Property(l => l.Account).HasConversion<string>().HasMaxLength(20);
            lines.HasKey("EntryId", nameof(JournalLine.Account));
            lines.HasIndex(l => new { l.Carrier, l.Account });
        });
        builder.Navigation(e => e.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>Remittance batches (R24): one per day, by number.</summary>
internal sealed class RemittanceConfiguration : IEntityTypeConfiguration<Remittance>
{
    public const string NumberIndex = "IX_Remittances_Number";

    public void Configure(EntityTypeBuilder<Remittance> builder)
    {
        builder.ToTable("Remittances");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Number).HasMaxLength(30).IsRequired();
        builder.HasIndex(r => r.Number).IsUnique().HasDatabaseName(NumberIndex);
        builder.HasIndex(r => r.Day);
        builder.Property(r => r.Amount).HasConversion(ValueConverters.Money).HasPrecision(18, 2);
        builder.Property(r => r.FileName).HasMaxLength(60);
        builder.Ignore(r => r.DomainEvents);
    }
}
