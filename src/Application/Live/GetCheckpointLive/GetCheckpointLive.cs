using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Live.Boards;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using FluentValidation;
using Seo.Application.Common.Validation;

namespace Seo.Application.Live.GetCheckpointLive;

/// <summary>R4, R2.1: the officers' live view of a checkpoint, as the live read model holds it now.</summary>
public sealed record GetCheckpointLive(string Code) : IQuery<Result<CheckpointLiveDto>>;

/// <summary>R12, R32: a checkpoint's public information board.</summary>
public sealed record GetBoard(string Code) : IQuery<Result<BoardDto>>;

/// <summary>A live stream is about to open: the checkpoint exists, its zone, and the position it starts after.</summary>
public sealed record OpenLiveFeed(string Code) : IQuery<Result<LiveFeed>>;

public sealed record LiveFeed(string Checkpoint, TimeZoneInfo Zone, long Position);

public sealed class GetCheckpointLiveValidator : AbstractValidator<GetCheckpointLive>
{
    public GetCheckpointLiveValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

public sealed class GetBoardValidator : AbstractValidator<GetBoard>
{
    public GetBoardValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

public sealed class OpenLiveFeedValidator : AbstractValidator<OpenLiveFeed>
{
    public OpenLiveFeedValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

/// <summary>
/// Reads only the live read model (and the checkpoint, for its zone and name): an unreachable
/// store is <see cref="ReadModelUnavailableException"/>, answered 503 — unlike availability there
/// is nothing in the write store to fall back on in real time.
/// </summary>
public sealed class GetCheckpointLiveHandler(IRepository<Checkpoint> checkpoints, ICheckpointLiveReadModel live, TimeProvider clock, BoardOptions boards)
    : IQueryHandler<GetCheckpointLive, Result<CheckpointLiveDto>>, IQueryHandler<GetBoard, Result<BoardDto>>, IQueryHandler<OpenLiveFeed, Result<LiveFeed>>
{
    public async ValueTask<Result<CheckpointLiveDto>> Handle(GetCheckpointLive query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        var snapshot = await live.ReadAsync(checkpoint.Id.Value, cancellationToken);
        return LiveView.Compose(checkpoint.Id.Value, snapshot, Today(checkpoint), checkpoint.TimeZone);
    }

    public async ValueTask<Result<BoardDto>> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        var snapshot = await live.ReadAsync(checkpoint.Id.Value, cancellationToken);
        return Board.Compose(checkpoint.Id.Value, checkpoint.NameLatin, snapshot, Today(checkpoint), checkpoint.TimeZone, boards);
    }

    public async ValueTask<Result<LiveFeed>> Handle(OpenLiveFeed query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        var now = await live.ReplayAfterAsync(checkpoint.Id.Value, long.MaxValue, cancellationToken);
        return new LiveFeed(checkpoint.Id.Value, checkpoint.TimeZone, now.Position);
    }

    private Task<Checkpoint?> FindAsync(string code, CancellationToken cancellationToken) =>
        checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(code).Value), cancellationToken);

    private DateOnly Today(Checkpoint checkpoint) => DateOnly.FromDateTime(checkpoint.LocalTime(clock.GetUtcNow()));
}
