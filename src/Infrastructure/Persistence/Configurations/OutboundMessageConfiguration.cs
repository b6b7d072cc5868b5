using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Messaging;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class OutboundMessageConfiguration(PersonalDataColumns personalData) : IEntityTypeConfiguration<OutboundMessage>
{
    /// <summary>The once-guarantee: one message per subject, kind, channel and destination.</summary>
    public const string OnceIndex = "IX_OutboundMessages_Once";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("OutboundMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion(v => v.Value, v => new OutboundMessageId(v)).ValueGeneratedNever();
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The delivery run's claim is a token too: a run whose lease lapsed and was taken over cannot overwrite the new holder's record.
        builder.Property(m => m.LeaseOwner).HasMaxLength(40).IsConcurrencyToken();
        builder.Property(m => m.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(m => m.Checkpoint).HasConversion(ValueConverters.CheckpointCode!).HasMaxLength(40);
        builder.Property(m => m.Account).HasConversion(ValueConverters.AccountId);
        builder.Property(m => m.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        // A phone number or an e-mail address: stored encrypted, and "once" is held on its keyed hash.
        builder.Property(m => m.Destination).HasConversion(personalData.Text())
            .HasMaxLength(PersonalDataColumns.StoredLength(OutboundMessage.MaxDestinationLength)).IsRequired();
        PersonalDataColumns.Lookup(builder, nameof(OutboundMessage.Destination));
        builder.Property(m => m.Text).HasMaxLength(OutboundMessage.MaxTextLength).IsRequired();
        builder.Property(m => m.ReceiptId).HasMaxLength(OutboundMessage.MaxReceiptLength);
        // Read only with the message, never queried: one JSON column.
        builder.Property(m => m.Attempts)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<DeliveryAttempt>>(v, Json)!,
                new ValueComparer<IReadOnlyList<DeliveryAttempt>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .HasColumnName("Attempts")
            .UsePropertyAccessMode(PropertyAccessMode.Property)
            .IsRequired();
        builder.HasIndex(
                nameof(OutboundMessage.Subject),
                nameof(OutboundMessage.Kind),
                nameof(OutboundMessage.Channel),
                nameof(OutboundMessage.Destination) + PersonalDataColumns.LookupSuffix)
            .IsUnique()
            .HasDatabaseName(OnceIndex);
        // The delivery's look-up of due messages.
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.BookingId);
        builder.Ignore(m => m.LastError);
        builder.Ignore(m => m.DomainEvents);
    }
}
