using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Seo.Projections.Availability;

/// <summary>Settings of the availability read model (section <c>Seo:ReadModels:Availability</c>).</summary>
public sealed class AvailabilityReadModelOptions
{
    public const string Section = "Seo:ReadModels:Availability";

    /// <summary>
    /// Rebuild from the write store while the host starts, before it takes requests. Needed by the
    /// in-process model (it starts empty); with Redis it repairs whatever an outage left behind.
    /// </summary>
    public bool RebuildAtStart { get; set; } = true;

    /// <summary>How long a day's Redis key outlives the end of its day; nobody asks for older days.</summary>
    public TimeSpan KeyRetention { get; set; } = RedisAvailabilityReadModel.DefaultKeyRetention;

    /// <summary>Prefix of the Redis keys, so that deployments (or test runs) can share one server.</summary>
    public string KeyPrefix { get; set; } = RedisAvailabilityKeys.DefaultPrefix;

    /// <summary>Read by hand: the projections take no dependency on the configuration binder for two values.</summary>
    public static AvailabilityReadModelOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var options = new AvailabilityReadModelOptions();
        if (section[nameof(RebuildAtStart)] is { Length: > 0 } rebuild)
        {
            options.RebuildAtStart = bool.Parse(rebuild);
        }

        if (section[nameof(KeyRetention)] is { Length: > 0 } retention)
        {
            options.KeyRetention = TimeSpan.Parse(retention, CultureInfo.InvariantCulture);
        }

        if (section[nameof(KeyPrefix)] is { Length: > 0 } prefix)
        {
            options.KeyPrefix = prefix;
        }

        return options;
    }
}
