using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Seo.Infrastructure.Persistence.SignIn;

namespace Seo.Infrastructure.Persistence.Configurations;

internal sealed class SignInFailureCountConfiguration : IEntityTypeConfiguration<SignInFailureCount>
{
    public const string PrimaryKey = "PK_SignInFailureCounts";

    public void Configure(EntityTypeBuilder<SignInFailureCount> builder)
    {
        builder.ToTable("SignInFailureCounts");
        builder.HasKey(c => c.Key).HasName(PrimaryKey);
        builder.Property(c => c.Key).HasMaxLength(SignInFailureCount.KeyLength).IsUnicode(false);
        builder.HasIndex(c => c.LastFailureAt);
    }
}
