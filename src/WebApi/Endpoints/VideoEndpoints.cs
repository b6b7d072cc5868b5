using System.Security.Claims;
using Mediator;
using Seo.Application.Video.Common;
using Seo.Application.Video.Holds;
using Seo.Application.Video.ListSegments;
using Seo.Application.Video.RegisterSegment;
using Seo.Domain.Video;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;

namespace Seo.WebApi.Endpoints;

/// <summary>R32: cameras register recorded video; officers hold the video of incidents and see what is kept, held and deleted.</summary>
internal static class VideoEndpoints
{
    public static RouteGroupBuilder MapVideoEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/devices/video-segments", async (VideoSegmentRequest request, ClaimsPrincipal device, IMediator mediator, CancellationToken ct) =>
            {
                var command = new RegisterVideoSegment(
                    DeviceKeyAuthenticationHandler.DeviceIdOf(device), request.SegmentId, request.From, request.To, request.StorageReference);
                var result = await mediator.Send(command, ct);
                if (ReferenceEquals(result.Error, VideoErrors.RegisteredConcurrently))
                {
                    // A concurrent copy committed first; asked again, the stored segment says whether this one was the same.
                    result = await mediator.Send(command, ct);
                }

                return !result.IsSuccess ? Problems.From(result.Error)
                    : result.Value.Created ? TypedResults.Created((string?)null, result.Value.Segment)
                    : TypedResults.Ok(result.Value.Segment);
            })
            .WithName("RegisterVideoSegment")
            .WithSummary("A camera registers a recorded video segment (R32): kept 30 days (waiting zone) or 60 days (zone entry and exit, other points), then deleted unless held")
            .WithDescription("Authenticate with the camera's API key in the X-Device-Key header; a barrier's key is refused (403 device-not-a-camera). " +
                "The checkpoint and camera point, and so the retention term, come from the device. 201 when registered; the same segmentId with the same " +
                "content again answers 200 with the stored segment (one effect); with other content 409 video-segment-replayed. " +
                "'to' ahead of the server's clock by more than the allowed skew is 422 device-clock-ahead; a segment that ended too long ago 422 device-report-too-old.")
            .WithTags("Devices")
            .RequireAuthorization(Policies.Device)
            .Produces<VideoSegmentDto>(StatusCodes.Status201Created)
            .Produces<VideoSegmentDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/admin/video-segments", async (string? checkpoint, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListVideoSegments(checkpoint, from, to, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListVideoSegments")
            .WithSummary("Registered video segments with their retention state: kept until, held by which holds, deleted when, by whom and why (R32; officers and the registrar)")
            .WithDescription("checkpoint: its code; from/to: ISO 8601 with offset, segments whose recording overlaps [from, to); newest recording first; page from 1; pageSize 1–100.")
            .WithTags("Video")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<VideoSegmentPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/admin/video-segments/holds", async (PlaceVideoHold command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated())
            .WithName("PlaceVideoHold")
            .WithSummary("Put a legal hold on the video of an incident: every segment of the checkpoint (of one camera, when named) overlapping [from, to) is kept until released (R32; officers and the registrar)")
            .WithDescription("Segments registered later that overlap the window are held too. The answer counts the segments held and those the hold came too late for " +
                "(already due for deletion or deleted). Who placed it, when and why stays on record (GET /admin/video-holds).")
            .WithTags("Video")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<VideoHoldResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/admin/video-holds/{id:guid}/release", async (Guid id, ReleaseRequest request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReleaseVideoHold(id, request.Reason), ct)).ToOk())
            .WithName("ReleaseVideoHold")
            .WithSummary("Release a legal hold, saying why; its segments fall back to their R32 terms unless another hold keeps them (officers and the registrar)")
            .WithTags("Video")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<VideoHoldResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/admin/video-holds", async (string? checkpoint, bool? active, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListVideoHolds(checkpoint, active, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListVideoHolds")
            .WithSummary("Legal holds on video, active or released, newest first: who placed and released each, when and why (R32; officers and the registrar)")
            .WithTags("Video")
            .RequireAuthorization(Policies.OfficerOrRegistrar)
            .Produces<VideoHoldPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>What a camera sends about one recorded segment.</summary>
    /// <param name="SegmentId">The camera's own GUID for the segment; a resend uses the same one.</param>
    /// <param name="From">When the recording starts, ISO 8601 with offset.</param>
    /// <param name="To">When it ends (after from, at most 24 hours later).</param>
    /// <param name="StorageReference">The recording's path relative to the video store's root (no '..', not rooted).</param>
    internal sealed record VideoSegmentRequest(Guid? SegmentId, DateTimeOffset? From, DateTimeOffset? To, string? StorageReference);

    /// <summary>Why a hold is released (kept on the hold's record).</summary>
    internal sealed record ReleaseRequest(string? Reason);
}
