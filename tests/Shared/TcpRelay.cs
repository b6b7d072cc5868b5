using System.Net;
using System.Net.Sockets;

namespace Seo.Tests.Shared;

/// <summary>
/// A TCP pass-through to a real server that a test can cut and restore on the same port: a
/// Redis outage and its recovery, as the client sees them, without stopping the shared server.
/// It can also freeze: connections stay open but no byte moves, as with a server that hangs.
/// </summary>
internal sealed class TcpRelay(string upstreamHost, int upstreamPort) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;
    private Task _accepting = Task.CompletedTask;
    private TaskCompletionSource _flowing = Flowing();

    /// <summary>The local port; chosen on the first start and kept across restarts.</summary>
    public int Port { get; private set; }

    public void Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _stopping = new CancellationTokenSource();
        _accepting = AcceptAsync(listener, _stopping.Token);
    }

    /// <summary>Stops accepting and drops every open connection, as a dead server would.</summary>
    public async Task StopAsync()
    {
        if (_listener is null || _stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        _listener.Stop();
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }

        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
        _listener = null;
        _stopping = null;
    }

    /// <summary>Holds every byte from now on, in both directions, until <see cref="Thaw"/>.</summary>
    public void Freeze() => Interlocked.Exchange(ref _flowing, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Thaw() => Volatile.Read(ref _flowing).TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Thaw();
        await StopAsync();
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping);
            var upstream = new TcpClient();
            lock (_gate)
            {
                _open.Add(client);
                _open.Add(upstream);
            }

            await upstream.ConnectAsync(upstreamHost, upstreamPort, stopping);
            _ = RelayAsync(client, upstream);
        }
    }

    private async Task RelayAsync(TcpClient client, TcpClient upstream)
    {
        try
        {
            var clientStream = client.GetStream();
            var upstreamStream = upstream.GetStream();
            await Task.WhenAny(CopyAsync(clientStream, upstreamStream), CopyAsync(upstreamStream, clientStream));
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // One side went away: that is how a relayed connection ends.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task CopyAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            await Volatile.Read(ref _flowing).Task;
            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }
}
