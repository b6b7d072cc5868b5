namespace Seo.Projections.Live;

/// <summary>
/// The server-side halves of the Redis live views. The merge itself runs in .NET (one merge for
/// both models); these scripts make its write a compare-and-set: the entry is written only if
/// it is still what the merge read, together with the stamp, the position and the replay buffer.
/// KEYS are always: entries hash, position, stream (sorted set by position), stamp.
/// </summary>
internal static class RedisLiveScripts
{
    /// <summary>
    /// ARGV: field, expected value ("" = absent), new value, stamp ("" = keep), announce ("1"/"0"),
    /// movement JSON, buffer size, origin position, channel, checkpoint. Returns -1 when the entry
    /// changed since it was read (the caller merges again), 0 when stored without a movement,
    /// else the movement's position.
    /// </summary>
    public const string Apply = """
        local current = redis.call('HGET', KEYS[1], ARGV[1])
        if (current or '') ~= ARGV[2] then return -1 end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
        if ARGV[4] ~= '' then redis.call('SET', KEYS[4], ARGV[4]) end
        if ARGV[5] ~= '1' then return 0 end
        if redis.call('EXISTS', KEYS[2]) == 0 then redis.call('SET', KEYS[2], ARGV[8]) end
        local position = redis.call('INCR', KEYS[2])
        redis.call('ZADD', KEYS[3], position, position .. '|' .. ARGV[6])
        redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -(tonumber(ARGV[7]) + 1))
        redis.call('PUBLISH', ARGV[9], ARGV[10])
        return position
        """;

    /// <summary>
    /// ARGV: reload movement JSON, buffer size, origin position, channel, checkpoint, then (field,
    /// value) pairs. Removes every vehicle and alert entry, writes the pairs, appends the reload
    /// movement; returns its position.
    /// </summary>
    public const string Replace = """
        for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
          if string.sub(field, 1, 8) == 'vehicle:' or string.sub(field, 1, 6) == 'alert:' then
            redis.call('HDEL', KEYS[1], field)
          end
        end
        for i = 6, #ARGV, 2 do
          redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
        end
        if redis.call('EXISTS', KEYS[2]) == 0 then redis.call('SET', KEYS[2], ARGV[3]) end
        local position = redis.call('INCR', KEYS[2])
        redis.call('ZADD', KEYS[3], position, position .. '|' .. ARGV[1])
        redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -(tonumber(ARGV[2]) + 1))
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return position
        """;

    /// <summary>ARGV: (field, expected value) pairs; deletes each field still holding its expected value; returns how many.</summary>
    public const string Remove = """
        local removed = 0
        for i = 1, #ARGV, 2 do
          if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] then
            redis.call('HDEL', KEYS[1], ARGV[i])
            removed = removed + 1
          end
        end
        return removed
        """;

    /// <summary>
    /// ARGV: after, origin. Returns { position, first buffered member or "", members after }, the
    /// position as stored (text); one script, so the position and the buffer are one state.
    /// </summary>
    public const string Replay = """
        local position = redis.call('GET', KEYS[2]) or ARGV[2]
        local first = redis.call('ZRANGE', KEYS[3], 0, 0)
        local members = {}
        if tonumber(ARGV[1]) < tonumber(position) then
          members = redis.call('ZRANGEBYSCORE', KEYS[3], '(' .. ARGV[1], '+inf')
        end
        return { position, first[1] or '', members }
        """;
}
