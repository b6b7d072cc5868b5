using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Seo.Projections.Live;

/// <summary>Settings of the checkpoints' live views (section <c>Seo:ReadModels:Live</c>).</summary>
public sealed class LiveReadModelOptions
{
    public const string Section = "Seo:ReadModels:Live";

    public const int DefaultReplayBuffer = 500;

    /// <summary>Rebuild from the write store while the host starts: the in-process model starts empty; in Redis it repairs an outage.</summary>
    public bool RebuildAtStart { get; set; } = true;

    /// <summary>How many of the last movements each checkpoint keeps for <c>Last-Event-ID</c> resumes; an older resume is told to reload.</summary>
    public int ReplayBuffer { get; set; } = DefaultReplayBuffer;

    /// <summary>Prefix of the Redis keys and channel, so that deployments (or test runs) can share one server.</summary>
    public string KeyPrefix { get; set; } = RedisCheckpointLiveReadModel.DefaultPrefix;

    public static LiveReadModelOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var options = new LiveReadModelOptions();
        if (section[nameof(RebuildAtStart)] is { Length: > 0 } rebuild)
        {
            options.RebuildAtStart = bool.Parse(rebuild);
        }

        if (section[nameof(ReplayBuffer)] is { Length: > 0 } buffer)
        {
            options.ReplayBuffer = int.Parse(buffer, CultureInfo.InvariantCulture);
            ArgumentOutOfRangeException.ThrowIfLessThan(options.ReplayBuffer, 1, $"{Section}:{nameof(ReplayBuffer)}");
        }

        if (section[nameof(KeyPrefix)] is { Length: > 0 } prefix)
        {
            options.KeyPrefix = prefix;
        }

        return options;
    }
}
