using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Video.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Application.Video.Holds;

/// <summary>The legal holds (R32), of one checkpoint and only active or released ones when asked, newest first, with who placed and released them and why.</summary>
public sealed record ListVideoHolds(string? Checkpoint, bool? Active, int Page = 1, int PageSize = 20) : IQuery<Result<VideoHoldPage>>;

public sealed class ListVideoHoldsValidator : AbstractValidator<ListVideoHolds>
{
    public const int MaxPageSize = 100;

    public ListVideoHoldsValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create).When(q => q.Checkpoint is not null);
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListVideoHoldsHandler(IRepository<VideoHold> holds) : IQueryHandler<ListVideoHolds, Result<VideoHoldPage>>
{
    public async ValueTask<Result<VideoHoldPage>> Handle(ListVideoHolds query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = query.Checkpoint is null ? null : CheckpointCode.Create(query.Checkpoint).Value;
        var total = await holds.CountAsync(new VideoHoldListSpec(checkpoint, query.Active), cancellationToken);
        var page = await holds.ListAsync(new VideoHoldListSpec(checkpoint, query.Active, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new VideoHoldPage(query.Page, query.PageSize, total, page);
    }
}
