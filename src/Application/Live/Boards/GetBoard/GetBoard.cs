using FluentValidation;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Live.Boards.GetBoard;

/// <summary>R12, R32: a checkpoint's public information board.</summary>
public sealed record GetBoard(string Code) : IQuery<Result<BoardDto>>;

public sealed class GetBoardValidator : AbstractValidator<GetBoard>
{
    public GetBoardValidator() => RuleFor(q => q.Code).MustBe(CheckpointCode.Create);
}

public sealed class GetBoardHandler(CheckpointCatalog checkpoints, ICheckpointLiveReadModel live, TimeProvider clock, BoardOptions boards)
    : IQueryHandler<GetBoard, Result<BoardDto>>
{
    public async ValueTask<Result<BoardDto>> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await checkpoints.FindAsync(query.Code, cancellationToken) is not { } checkpoint)
        {
            return CheckpointErrors.NotFound;
        }

        var snapshot = await live.ReadAsync(checkpoint.Id.Value, cancellationToken);
        return Board.Compose(checkpoint.Id.Value, checkpoint.NameLatin, snapshot, checkpoint.Today(clock), checkpoint.TimeZone, boards);
    }
}
