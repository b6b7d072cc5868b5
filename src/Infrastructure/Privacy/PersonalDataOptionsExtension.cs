using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// Carries the personal-data protector into a store context's options (pooled contexts take
/// options only). Its value converters are part of the model, so EF must keep one model per key
/// ring: contexts with different rings get different internal service providers and model-cache keys.
/// </summary>
internal sealed class PersonalDataOptionsExtension(PersonalDataProtector protector) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public PersonalDataProtector Protector { get; } = protector;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(PersonalDataOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private PersonalDataOptionsExtension Own => (PersonalDataOptionsExtension)Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(Own.Protector.Fingerprint);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && string.Equals(info.Own.Protector.Fingerprint, Own.Protector.Fingerprint, StringComparison.Ordinal);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Seo:PersonalData:Ring"] = Own.Protector.Fingerprint[..Math.Min(8, Own.Protector.Fingerprint.Length)];
    }
}

/// <summary>One model per context type and key ring (the ring's converters are in the model).</summary>
internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, (context as Persistence.SeoDbContext)?.PersonalData.Fingerprint);
}

public static class PersonalDataDbContextOptions
{
    /// <summary>Encrypts and decrypts the store's personal data with <paramref name="protector"/>.</summary>
    public static DbContextOptionsBuilder UsePersonalData(this DbContextOptionsBuilder options, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(options);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptionsExtension(protector));
        return options;
    }
}
