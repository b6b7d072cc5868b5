namespace Seo.Projections.Availability;

/// <summary>
/// The server-side halves of the Redis read model. A script runs atomically on the server, so
/// the read-compare-write of the version guard cannot interleave with another applier, and a
/// rebuild's delete-and-refill is never seen half done. StackExchange.Redis sends a script's
/// text once per server and EVALSHA after that (and again the text if the server lost it).
/// </summary>
internal static class RedisAvailabilityScripts
{
    /// <summary>
    /// KEYS[1] = a checkpoint-day hash; ARGV[1] = the key's life in seconds, then (start minute,
    /// version, packed value) repeated. Stores each value unless the stored one's version is the
    /// same or higher, and renews the key's expiry when anything was stored; returns how many
    /// were stored. Versions are compared as digit strings (longer is larger, then
    /// lexicographic) because Lua numbers are doubles and would round versions above 2^53.
    /// </summary>
    public const string ApplyNewer = """
        local function is_newer(candidate, stored)
          if #candidate ~= #stored then return #candidate > #stored end
          return candidate > stored
        end
        local applied = 0
        for i = 2, #ARGV, 3 do
          local stored = redis.call('HGET', KEYS[1], ARGV[i])
          local stored_version = stored and string.match(stored, '^(%d+)')
          if not stored_version or is_newer(ARGV[i + 1], stored_version) then
            redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2])
            applied = applied + 1
          end
        end
        if applied > 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
        return applied
        """;

    /// <summary>
    /// KEYS[1] = a checkpoint-day hash; ARGV[1] = the key's life in seconds, then (start minute,
    /// packed value) repeated. Replaces the whole hash and sets its expiry.
    /// </summary>
    public const string ReplaceDay = """
        redis.call('DEL', KEYS[1])
        for i = 2, #ARGV, 2 do
          redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
        end
        if #ARGV > 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
        return (#ARGV - 1) / 2
        """;
}
