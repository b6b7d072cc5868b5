using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Devices.Common;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Devices.AuthenticateDevice;

/// <summary>Who a presented device key belongs to: an unrevoked device whose key hash matches, or nobody.</summary>
public sealed record AuthenticateDevice(string? Key) : IQuery<Result<AuthenticatedDevice>>
{
    /// <summary>The key is a secret: it never appears in a log line or a debugger's summary.</summary>
    public override string ToString() => nameof(AuthenticateDevice);
}

/// <summary>The device behind a valid key: what its claims say.</summary>
public sealed record AuthenticatedDevice(Guid DeviceId, string Name, string Checkpoint);

public sealed class AuthenticateDeviceHandler(IRepository<Device> devices) : IQueryHandler<AuthenticateDevice, Result<AuthenticatedDevice>>
{
    /// <summary>One answer for an unknown, malformed, wrong or revoked key, so the answer says nothing about which.</summary>
    public static readonly DomainError InvalidKey = new(
        "invalid-device-key", "The device key is unknown or revoked.", ErrorKind.Unauthenticated);

    public async ValueTask<Result<AuthenticatedDevice>> Handle(AuthenticateDevice query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (DeviceApiKey.DeviceOf(query.Key) is not { } id)
        {
            return InvalidKey;
        }

        var device = await devices.FirstOrDefaultAsync(new DeviceByIdSpec(id, tracked: false), cancellationToken);
        return device is not null && device.Accepts(query.Key!)
            ? new AuthenticatedDevice(device.Id.Value, device.Name, device.Checkpoint.Value)
            : InvalidKey;
    }
}
