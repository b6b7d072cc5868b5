using System.Globalization;
using StackExchange.Redis;

namespace Seo.Projections.Availability;

/// <summary>
/// Where a checkpoint-day lives in Redis: one hash per day, <c>{prefix}{KZ01}:2026-12-01</c>.
/// The checkpoint is wrapped in braces, a Redis Cluster hash tag, so that all of a checkpoint's
/// days sit on one shard and a range read goes to one node; 41 checkpoints still spread well.
/// The prefix lets several deployments or test runs share one server without meeting.
/// </summary>
internal sealed class RedisAvailabilityKeys(string prefix)
{
    public const string DefaultPrefix = "seo:availability:";

    public string Prefix { get; } = prefix;

    public RedisKey Day(string checkpoint, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{{{checkpoint}}}:{date:yyyy-MM-dd}");
}
