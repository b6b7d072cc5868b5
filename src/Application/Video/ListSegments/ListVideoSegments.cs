using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Video.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Video;

namespace Seo.Application.Video.ListSegments;

/// <summary>R32: registered segments with their retention state, of a checkpoint and recorded within [From, To) when given, newest recording first.</summary>
public sealed record ListVideoSegments(string? Checkpoint, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20)
    : IQuery<Result<VideoSegmentPage>>;

public sealed class ListVideoSegmentsValidator : AbstractValidator<ListVideoSegments>
{
    public const int MaxPageSize = 100;

    public ListVideoSegmentsValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create).When(q => q.Checkpoint is not null);
        RuleFor(q => q.From).PlausibleInstant();
        RuleFor(q => q.To).PlausibleInstant();
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || q.From < to)
            .WithErrorCode("invalid-date-range").WithMessage("'from' must be before 'to'.");
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListVideoSegmentsHandler(IRepository<VideoSegment> segments) : IQueryHandler<ListVideoSegments, Result<VideoSegmentPage>>
{
    public async ValueTask<Result<VideoSegmentPage>> Handle(ListVideoSegments query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checkpoint = query.Checkpoint is null ? null : CheckpointCode.Create(query.Checkpoint).Value;
        var total = await segments.CountAsync(new VideoSegmentListSpec(checkpoint, query.From, query.To), cancellationToken);
        var page = await segments.ListAsync(
            new VideoSegmentListSpec(checkpoint, query.From, query.To, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new VideoSegmentPage(query.Page, query.PageSize, total, [.. page.Select(VideoSegmentDto.Of)]);
    }
}
