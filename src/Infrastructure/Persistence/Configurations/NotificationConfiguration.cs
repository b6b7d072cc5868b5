using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Domain.Notifications;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
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
        builder.Ignore(n => n.IsRead);
        builder.Ignore(n => n.DomainEvents);
    }
}
