using System.Diagnostics;

namespace Seo.Application.Common.Telemetry;

/// <summary>
/// The spans Seo adds to a trace, beside those of ASP.NET Core, HttpClient, EF Core and Redis:
/// each message through the pipeline, the registry checks, the outbox write and each delivery.
/// </summary>
public static class SeoActivities
{
    public const string SourceName = "Seo";

    public static readonly ActivitySource Source = new(SourceName);
}
