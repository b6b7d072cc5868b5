using Seo.Application.Common.Ports;

namespace Seo.WebApi.Auth;

/// <summary>The client's address: the connection's, or the one a trusted proxy forwarded (Seo:Hosting:ForwardedHeaders).</summary>
internal sealed class RequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    public string? ClientAddress => accessor.HttpContext is { } context ? AddressOf(context) : null;

    /// <summary>The address as text, an IPv4 client on a dual-stack socket written as IPv4.</summary>
    public static string? AddressOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        return (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString();
    }
}
