namespace Seo.Infrastructure.Persistence.Providers;

/// <summary>Which write store this process was configured with, for health reports and logs.</summary>
public sealed record WriteStoreInfo(StoreProvider Provider);
