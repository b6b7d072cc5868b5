using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Live.OpenLiveFeed;

/// <summary>A live stream (officers' or a board's) is about to open: the checkpoint exists, its zone, and the position the stream is at now.</summary>
public sealed record OpenLiveFeed(string Code) : IQuery<Result<LiveFeed>>;

public sealed record LiveFeed(string Checkpoint, TimeZoneInfo Zone, long Position);

public sealed class OpenLiveFeedValidator : AbstractValidator<OpenLiveFeed>
{
    public OpenLiveFeedValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

public sealed class OpenLiveFeedHandler(CheckpointCatalog checkpoints, ICheckpointLiveReadModel live) : IQueryHandler<OpenLiveFeed, Result<LiveFeed>>
{
    public async ValueTask<Result<LiveFeed>> Handle(OpenLiveFeed query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await checkpoints.FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        // Asking for what follows the end returns only where the end is.
        var now = await live.ReplayAfterAsync(checkpoint.Id.Value, long.MaxValue, cancellationToken);
        return new LiveFeed(checkpoint.Id.Value, checkpoint.TimeZone, now.Position);
    }
}
