using System.Net;
using System.Net.Sockets;

namespace Seo.Tests.Shared;

/// <summary>A loopback port nothing listens on: bound once to get a free one, then released.</summary>
internal static class ClosedPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
