using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Seo.Application.Common.Ports;

namespace Seo.WebApi.Http;

/// <summary>Settings of the live streams (section <c>Seo:Live:Streams</c>).</summary>
internal sealed class LiveStreamOptions
{
    public const string Section = "Seo:Live:Streams";

    /// <summary>How often an idle stream sends a comment, so that proxies and load balancers keep it open.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The reconnection delay the stream asks clients to wait (the SSE <c>retry:</c> field).</summary>
    public TimeSpan Retry { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Server-sent events (<c>text/event-stream</c>) of a checkpoint's movements: one event per
/// movement with <c>id:</c> = its stream position, <c>event:</c> = its type and <c>data:</c> = one
/// line of JSON; a client that reconnects sends the last id it saw (<c>Last-Event-ID</c>) and gets
/// what it missed from the replay buffer, or a <c>reload</c> event when the buffer no longer holds
/// it. Idle streams get a comment every <see cref="LiveStreamOptions.Heartbeat"/>. The stream
/// ends when the client goes. Nothing here is buffered: each event is flushed as it is written.
/// </summary>
internal static class ServerSentEvents
{
    public const string ContentType = "text/event-stream";
    public const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>
    /// Where the client resumes: the <c>Last-Event-ID</c> header (a reconnecting EventSource), or
    /// the <c>lastEventId</c> query parameter (a first connection after reading the snapshot,
    /// whose position it passes). False when one is given and is not a position.
    /// </summary>
    public static bool TryResumePoint(HttpRequest request, string? query, out long? after)
    {
        after = null;
        var given = request.Headers[LastEventIdHeader].ToString() is { Length: > 0 } header ? header : query;
        if (string.IsNullOrWhiteSpace(given))
        {
            return true;
        }

        if (long.TryParse(given.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            after = position;
            return true;
        }

        return false;
    }

    public static IResult InvalidResumePoint() =>
        Problems.Of(StatusCodes.Status400BadRequest, "invalid-last-event-id", "Last-Event-ID (or lastEventId) is a stream position: the id of the last event received.");

    /// <summary>Streams the checkpoint's movements after <paramref name="after"/> until the client disconnects.</summary>
    /// <param name="toData">A movement's <c>data:</c> object, or null when this stream shows nothing of it.</param>
    public static async Task StreamAsync(
        HttpContext http, ICheckpointLiveReadModel live, string checkpoint, long after, Func<LiveMovement, object?> toData,
        JsonSerializerOptions json, LiveStreamOptions options, TimeProvider clock)
    {
        var response = http.Response;
        var aborted = http.RequestAborted;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache, no-store";
        // Reverse proxies (nginx) would otherwise hold events back to fill their buffers.
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var position = after;
        try
        {
            await response.StartAsync(aborted);
            await WriteAsync(response, $"retry: {(long)options.Retry.TotalMilliseconds}\n\n", aborted);
            while (!aborted.IsCancellationRequested)
            {
                var replay = await live.ReplayAfterAsync(checkpoint, position, aborted);
                if (!replay.Complete)
                {
                    // Missed more than the buffer holds (or the stream started again): read the snapshot anew.
                    await WriteEventAsync(response, replay.Position, LiveMovement.Reload, new { position = replay.Position, type = LiveMovement.Reload }, json, aborted);
                    position = replay.Position;
                }

                foreach (var movement in replay.Movements)
                {
                    if (toData(movement) is { } data)
                    {
                        await WriteEventAsync(response, movement.Position, movement.Type, data, json, aborted);
                    }

                    position = movement.Position;
                }

                await WaitOrHeartbeatAsync(response, live, checkpoint, position, options.Heartbeat, clock, aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: the stream ends.
        }
        catch (IOException) when (aborted.IsCancellationRequested)
        {
            // The connection closed while writing.
        }
        catch (ReadModelUnavailableException) when (response.HasStarted)
        {
            // The read model went away mid-stream; the status is sent already, so the stream
            // ends and the client reconnects with its Last-Event-ID once the store is back.
        }
    }

    private static async Task WaitOrHeartbeatAsync(
        HttpResponse response, ICheckpointLiveReadModel live, string checkpoint, long position, TimeSpan heartbeat, TimeProvider clock, CancellationToken aborted)
    {
        using var idle = new CancellationTokenSource(heartbeat, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, idle.Token);
        try
        {
            await live.WaitForMovementAsync(checkpoint, position, either.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            // A comment line: ignored by EventSource, but traffic for every proxy on the way.
            await WriteAsync(response, ": heartbeat\n\n", aborted);
        }
    }

    private static Task WriteEventAsync(HttpResponse response, long id, string type, object data, JsonSerializerOptions json, CancellationToken aborted) =>
        // System.Text.Json escapes every control character, so the data is one line and cannot end the event early.
        WriteAsync(response, string.Create(CultureInfo.InvariantCulture, $"id: {id}\nevent: {type}\ndata: {JsonSerializer.Serialize(data, data.GetType(), json)}\n\n"), aborted);

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken aborted)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), aborted);
        await response.Body.FlushAsync(aborted);
    }
}
