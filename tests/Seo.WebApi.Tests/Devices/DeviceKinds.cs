using Microsoft.Extensions.DependencyInjection;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;
using Seo.Infrastructure.Persistence;
using Seo.WebApi.Tests.Crossings;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Devices;

/// <summary>Devices of any kind, put on file directly: the registrar's endpoint registers plate cameras only so far.</summary>
public static class DeviceKinds
{
    public static async Task<Camera> DeviceAsync(this SeoApiFactory api, DeviceKind kind, CameraPoint point, string checkpoint = "DOSTYK")
    {
        var (device, key) = Device.Register(
            DeviceId.New(), $"{kind} at {point}", CheckpointCode.Create(checkpoint).Value, point, CrossingDirection.Exit, api.Clock.GetUtcNow(), kind).Value;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
            db.Devices.Add(device);
            await db.SaveChangesAsync();
        }

        return new Camera(device.Id.Value, key, api.CameraClient(key));
    }
}
