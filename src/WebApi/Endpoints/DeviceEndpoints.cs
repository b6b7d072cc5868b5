using System.Security.Claims;
using Mediator;
using Seo.Application.Crossings.Common;
using Seo.Application.Crossings.RecordAnprEvent;
using Seo.Application.Crossings.RecordManualRead;
using Seo.Application.Devices.Common;
using Seo.Application.Devices.ListDevices;
using Seo.Application.Devices.RegisterDevice;
using Seo.Application.Devices.RevokeDevice;
using Seo.Application.Devices.RotateDeviceKey;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

internal static class DeviceEndpoints
{
    public static RouteGroupBuilder MapDeviceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/devices", async (string? checkpoint, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDevices(checkpoint, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListDevices")
            .WithSummary("The registered devices (cameras and barriers, with their kind), of one checkpoint when given, revoked ones included; never a key or its hash (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<DevicePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // Answers carrying an API key are never stored for Idempotency-Key replays: the key would sit in the database in clear.
        api.MapPost("/admin/devices", async (RegisterDevice command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("RegisterDevice")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Register a device at a checkpoint's camera point — an ANPR camera (default kind), a video camera or a barrier; its API key is shown once (R10, R11, registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<DeviceKeyIssued>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/admin/devices/{id:guid}/keys", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RotateDeviceKey(id), ct)).ToCreated())
            .WithName("RotateDeviceKey")
            .WithMetadata(new SkipIdempotency())
            .WithSummary("Issue a camera a new API key; the old one stops working at once (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces<DeviceKeyIssued>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/admin/devices/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RevokeDevice(id), ct)).ToNoContent())
            .WithName("RevokeDevice")
            .WithSummary("Revoke a camera's API key for good (registrar only)")
            .WithTags("Administration")
            .RequireAuthorization(Policies.Registrar)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/devices/anpr-events", async (AnprEventRequest request, ClaimsPrincipal device, IMediator mediator, CancellationToken ct) =>
            {
                var command = new RecordAnprEvent(
                    DeviceKeyAuthenticationHandler.DeviceIdOf(device), request.EventId, request.CapturedAt, request.Plate, request.Confidence,
                    request.ImageReference, request.Direction, request.Checkpoint);
                var result = await mediator.Send(command, ct);
                if (ReferenceEquals(result.Error, AnprErrors.ReplayedConcurrently))
                {
                    // A concurrent copy committed first; asked again, the stored event says whether this one was identical.
                    result = await mediator.Send(command, ct);
                }

                return result.ToCreated();
            })
            .WithName("RecordAnprEvent")
            .WithSummary("A camera reports a plate it read (R10, R30): stored once by its event id and matched to the active booking")
            .WithDescription("Authenticate with the camera's API key in the X-Device-Key header. The checkpoint and camera point come from the device; " +
                "a body naming another checkpoint is refused. A replayed eventId answers 409 anpr-event-replayed with 'identical'. Only an ANPR camera's key " +
                "reports reads: a barrier's or video camera's is 403 device-not-an-anpr-camera. 'capturedAt' more than the allowed skew (Seo:Devices:ClockSkew) " +
                "ahead of the server's clock is 422 device-clock-ahead; older than Seo:Devices:MaxAnprEventAge (7 days by default, for reads a camera kept " +
                "through an outage) 422 device-report-too-old; both name the field and the server's time, and store nothing.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.Device)
            .Produces<AnprEventDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/admin/devices/{id:guid}/manual-reads", async (Guid id, ManualReadRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var command = new RecordManualRead(id, request.EventId, request.Plate, request.CapturedAt, request.Reason);
                var result = await mediator.Send(command, ct);
                if (ReferenceEquals(result.Error, AnprErrors.ReplayedConcurrently))
                {
                    // A concurrent copy committed first; asked again, the stored read says whether this one was the same.
                    result = await mediator.Send(command, ct);
                }

                return !result.IsSuccess ? Problems.From(result.Error)
                    : result.Value.Created ? TypedResults.Created((string?)null, result.Value.Read)
                    : TypedResults.Ok(result.Value.Read);
            })
            .WithName("RecordManualRead")
            .WithSummary("An officer enters a plate by hand for a camera that could not read it (R10): it takes the camera read's path — booking, barrier, live view, crossing log (officer, registrar)")
            .WithDescription("{id} is the ANPR camera the read stands in for: its checkpoint, point and direction are the read's. The read is matched to the plate's " +
                "active booking and moves it like the camera's would (outcome), opens the barrier there when it does, and reaches the live view and the crossing " +
                "log; it is kept as manual, with the officer's account id (enteredBy), the reason (manualReason), confidence 1 and no picture. 'capturedAt' " +
                "defaults to the server's clock. 201 when stored; the same eventId with the same content again answers 200 with the stored read (one effect); " +
                "with other content 409 anpr-event-replayed ('identical': false). 404 device-not-found (no such device) or checkpoint-not-found (the camera's " +
                "checkpoint is gone); 409 device-not-an-anpr-camera (a barrier or video camera) or device-revoked. 'capturedAt' ahead of the server's clock by " +
                "more than the allowed skew is 422 device-clock-ahead, older than Seo:Devices:MaxAnprEventAge 422 device-report-too-old, as for a camera.")
            .WithTags("Checkpoint operations")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<AnprEventDto>(StatusCodes.Status201Created)
            .Produces<AnprEventDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    /// <summary>What an officer enters for a camera that could not read a plate.</summary>
    /// <param name="EventId">A GUID the console chooses for this entry; a resend uses the same one.</param>
    /// <param name="Plate">The plate as the officer read it; normalised like a camera's (Cyrillic look-alikes → Latin, no spaces or dashes, upper case).</param>
    /// <param name="Reason">Why the camera's read was not enough (1–500 printable characters, trimmed); kept with the read.</param>
    /// <param name="CapturedAt">When the truck was at the camera, ISO 8601 with offset; the server's clock when absent (so not required).</param>
    internal sealed record ManualReadRequest(Guid? EventId, string? Plate, string? Reason, DateTimeOffset? CapturedAt = null);

    /// <summary>What a camera sends about one read.</summary>
    /// <param name="EventId">The camera's own GUID for this read; a resend uses the same one.</param>
    /// <param name="CapturedAt">When the plate was read, ISO 8601 with offset.</param>
    /// <param name="Plate">The plate as read; it is normalised (Cyrillic look-alikes → Latin, no spaces or dashes, upper case).</param>
    /// <param name="Confidence">The camera's confidence in the read, 0 to 1.</param>
    /// <param name="ImageReference">Where the camera keeps the picture, if it does.</param>
    /// <param name="Direction">The direction seen, when the camera tells; the device's own otherwise.</param>
    /// <param name="Checkpoint">Optional; when given it must be the device's own checkpoint.</param>
    internal sealed record AnprEventRequest(
        Guid? EventId, DateTimeOffset? CapturedAt, string? Plate, double? Confidence, string? ImageReference, CrossingDirection? Direction, string? Checkpoint);
}
