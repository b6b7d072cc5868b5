using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Application.OpenData.Common;
using Seo.Domain.Checkpoints;

namespace Seo.Infrastructure.Persistence.Configurations;

/// <summary>The open data's read model: one row per booking that came, or was due, at its checkpoint (docs/capacity.md).</summary>
internal sealed class CheckpointVisitConfiguration : IEntityTypeConfiguration<CheckpointVisit>
{
    public void Configure(EntityTypeBuilder<CheckpointVisit> builder)
    {
        builder.ToTable("CheckpointVisits");
        builder.HasKey(v => v.BookingId);
        builder.Property(v => v.BookingId).ValueGeneratedNever();
        builder.Property(v => v.Checkpoint).HasMaxLength(CheckpointCode.MaxLength).IsRequired();
        builder.HasIndex(v => new { v.Checkpoint, v.Date });
    }
}
