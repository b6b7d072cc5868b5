namespace Seo.Application.Common.Ports;

/// <summary>Where the request came from: the client's address as the transport (or a trusted proxy) reports it.</summary>
public interface IRequestOrigin
{
    /// <summary>The client's IP address, or null outside an HTTP request.</summary>
    string? ClientAddress { get; }
}
