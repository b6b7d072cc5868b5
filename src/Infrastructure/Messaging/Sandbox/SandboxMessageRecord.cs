using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Messaging;

namespace Seo.Infrastructure.Messaging.Sandbox;

/// <summary>
/// What a sandbox adapter received in place of a provider, keyed by the message id — the
/// provider's idempotency key — so a resend of the same message is recorded once, as a real
/// provider would deliver it once.
/// </summary>
internal sealed class SandboxMessageRecord
{
    public Guid MessageId { get; set; }

    public Guid? BookingId { get; set; }

    public string? Checkpoint { get; set; }

    public MessageKind Kind { get; set; }

    public MessageChannel Channel { get; set; }

    public string Destination { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string ReceiptId { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class SandboxMessageRecordConfiguration : IEntityTypeConfiguration<SandboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<SandboxMessageRecord> builder)
    {
        builder.ToTable("SandboxMessages");
        builder.HasKey(m => m.MessageId);
        builder.Property(m => m.MessageId).ValueGeneratedNever();
        builder.Property(m => m.Checkpoint).HasMaxLength(40);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Destination).HasMaxLength(OutboundMessage.MaxDestinationLength).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(OutboundMessage.MaxTextLength).IsRequired();
        builder.Property(m => m.ReceiptId).HasMaxLength(OutboundMessage.MaxReceiptLength).IsRequired();
        builder.HasIndex(m => new { m.BookingId, m.ReceivedAt });
        builder.HasIndex(m => m.ReceivedAt);
    }
}
