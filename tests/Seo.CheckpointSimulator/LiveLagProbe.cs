using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>
/// Follows the officers' live stream of the checkpoint (server-sent events) and times, for each
/// camera read, how long after its 201 the read appeared on the stream: the lag an officer sees,
/// measured from outside (the read model's own figure is in GET …/live as lagMilliseconds). The
/// stream stays open on the token it was opened with, however far the sandbox clock moves.
/// </summary>
internal sealed class LiveLagProbe(HttpClient officer, string token, string checkpoint) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, long> _answered = new();
    private readonly ConcurrentDictionary<Guid, long> _streamed = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading = Task.CompletedTask;

    /// <summary>Opens the stream; returns once the API has answered it.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _reading = ReadAsync(_stop.Token);
        await _connected.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The camera's POST for <paramref name="readId"/> was answered now.</summary>
    public void Answered(Guid readId) => _answered.TryAdd(readId, Stopwatch.GetTimestamp());

    /// <summary>Waits (a bounded while) for the reads not yet streamed, then summarises.</summary>
    public async Task<LagSummary> SummariseAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (_answered.Keys.Any(id => !_streamed.ContainsKey(id)) && waited.Elapsed < patience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        var lags = _answered
            .Where(a => _streamed.ContainsKey(a.Key))
            .Select(a => Math.Max(0, Stopwatch.GetElapsedTime(a.Value, _streamed[a.Key]).TotalMilliseconds))
            .Order()
            .ToArray();
        return LagSummary.Of(lags, _answered.Count - lags.Length);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/checkpoints/{checkpoint}/live/events");
            request.Headers.Authorization = new("Bearer", token);
            using var response = await officer.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            _connected.TrySetResult();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!line.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                using var movement = JsonDocument.Parse(line.AsMemory(5));
                if (movement.RootElement.TryGetProperty("read", out var read) && read.ValueKind == JsonValueKind.Object)
                {
                    _streamed.TryAdd(read.GetProperty("readId").GetGuid(), Stopwatch.GetTimestamp());
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _connected.TrySetException(exception);
            throw;
        }
    }
}

/// <summary>Percentiles of a lag in milliseconds; <see cref="Missing"/> reads never appeared within the patience.</summary>
public sealed record LagSummary(int Count, double P50, double P95, double P99, double Max, int Missing)
{
    public static LagSummary Of(double[] sorted, int missing) => sorted.Length == 0
        ? new(0, 0, 0, 0, 0, missing)
        : new(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1], missing);

    private static double At(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
