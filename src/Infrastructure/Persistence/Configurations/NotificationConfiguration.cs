using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Notifications;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    /// <summary>A journey notification once per booking and kind (null for check notices, which the index leaves alone).</summary>
    public const string OnceIndex = "IX_Notifications_OnceKey";

    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(ValueConverters.NotificationId).ValueGeneratedNever();
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Property(n => n.Recipient).HasConversion(ValueConverters.AccountId);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.BookingId).HasConversion(ValueConverters.BookingId);
        builder.Property(n => n.Check).HasConversion<int?>();
        builder.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength).IsRequired();
        builder.Property(n => n.Reference).HasMaxLength(Notification.MaxReferenceLength);
        builder.HasIndex(n => new { n.Recipient, n.CreatedAt });
        builder.Property(n => n.OnceKey).HasMaxLength(Notification.MaxOnceKeyLength);
        builder.HasIndex(n => n.OnceKey).IsUnique().HasDatabaseName(OnceIndex);
        builder.Ignore(n => n.IsRead);
        builder.Ignore(n => n.DomainEvents);
    }
}
