using System.Security.Claims;
using Mediator;
using Seo.Application.Devices.Common;
using Seo.Application.Devices.Health;
using Seo.Application.Devices.RecordHeartbeat;
using Seo.Domain.Devices;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>R8: devices report that they are alive and on what power; officers see each checkpoint's devices' health.</summary>
internal static class DeviceHealthEndpoints
{
    public static RouteGroupBuilder MapDeviceHealthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/devices/heartbeats", async (HeartbeatRequest request, ClaimsPrincipal device, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordDeviceHeartbeat(
                    DeviceKeyAuthenticationHandler.DeviceIdOf(device), request.Power, request.AutonomyMinutes, request.ReportedAt), ct)).ToOk())
            .WithName("RecordDeviceHeartbeat")
            .WithSummary("A device reports it is alive, on mains or battery and with how much autonomy left (R8)")
            .WithDescription("Authenticate with the device's API key in the X-Device-Key header (any device kind). On battery with less autonomy than the " +
                "configured threshold (R8's 5 hours by default) the checkpoint's officers are alerted once, until a heartbeat on mains. 'reportedAt' ahead of " +
                "the server's clock by more than the allowed skew is 422 device-clock-ahead; too old, 422 device-report-too-old.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.Device)
            .Produces<DeviceHealthDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/admin/checkpoints/{code}/devices/health", async (string code, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCheckpointDeviceHealth(code), ct)).ToOk())
            .WithName("GetCheckpointDeviceHealth")
            .WithSummary("Every reporting device of a checkpoint: kind, point, last heartbeat, power, autonomy, silent or not (R8; officers and the registrar)")
            .WithDescription("A device is silent when nothing was heard from it for the configured time (Seo:Devices:SilenceAfter); one that never sent a heartbeat counts from its registration.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<CheckpointDeviceHealth>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>What a device sends with each heartbeat.</summary>
    /// <param name="Power">Mains or Battery.</param>
    /// <param name="AutonomyMinutes">Minutes its backup power would last, when it knows (0 or more).</param>
    /// <param name="ReportedAt">When the device sent it, ISO 8601 with offset.</param>
    internal sealed record HeartbeatRequest(PowerSource? Power, int? AutonomyMinutes, DateTimeOffset? ReportedAt);
}
