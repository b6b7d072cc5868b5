using FluentValidation;
using Mediator;
using Seo.Application.Barriers.Common;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Barriers;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.ListCommands;

/// <summary>R11: the audit log of one barrier (revoked ones included), newest first.</summary>
public sealed record ListBarrierCommands(Guid BarrierId, int Page = 1, int PageSize = 20) : IQuery<Result<BarrierCommandPage>>;

/// <summary>R11: the audit log of every barrier of a checkpoint, commands issued in [from, to), newest first.</summary>
public sealed record ListCheckpointBarrierCommands(string? Checkpoint, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20)
    : IQuery<Result<BarrierCommandPage>>;

public sealed class ListBarrierCommandsValidator : AbstractValidator<ListBarrierCommands>
{
    public ListBarrierCommandsValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(BarrierCommandLog.MaxPageSize);
    }
}

public sealed class ListCheckpointBarrierCommandsValidator : AbstractValidator<ListCheckpointBarrierCommands>
{
    public ListCheckpointBarrierCommandsValidator()
    {
        RuleFor(q => q.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(q => q.From).PlausibleInstant();
        RuleFor(q => q.To).PlausibleInstant();
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || q.From < to)
            .WithErrorCode("invalid-date-range").WithMessage("'from' must be before 'to'.");
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.PageSize).IsAPageSize(BarrierCommandLog.MaxPageSize);
    }
}

public sealed class ListBarrierCommandsHandler(IRepository<Device> devices, IRepository<BarrierCommand> commands)
    : IQueryHandler<ListBarrierCommands, Result<BarrierCommandPage>>
{
    public async ValueTask<Result<BarrierCommandPage>> Handle(ListBarrierCommands query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var barrier = await devices.NamedBarrierAsync(query.BarrierId, cancellationToken);
        return barrier.IsSuccess
            ? await BarrierCommandLog.PageAsync(commands, barrier.Value.Id, null, null, null, query.Page, query.PageSize, cancellationToken)
            : barrier.Error;
    }
}

public sealed class ListCheckpointBarrierCommandsHandler(CheckpointCatalog checkpoints, IRepository<BarrierCommand> commands)
    : IQueryHandler<ListCheckpointBarrierCommands, Result<BarrierCommandPage>>
{
    public async ValueTask<Result<BarrierCommandPage>> Handle(ListCheckpointBarrierCommands query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = CheckpointCode.Create(query.Checkpoint).Value;
        if (await checkpoints.FindAsync(code, cancellationToken) is null)
        {
            return CheckpointErrors.NotFound;
        }

        return await BarrierCommandLog.PageAsync(commands, null, code, query.From, query.To, query.Page, query.PageSize, cancellationToken);
    }
}

internal static class BarrierCommandLog
{
    public const int MaxPageSize = 100;

    public static async Task<BarrierCommandPage> PageAsync(
        IRepository<BarrierCommand> commands, DeviceId? barrier, CheckpointCode? checkpoint, DateTimeOffset? from, DateTimeOffset? to,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await commands.CountAsync(new BarrierCommandLogSpec(barrier, checkpoint, from, to), cancellationToken);
        var items = await commands.ListAsync(new BarrierCommandLogSpec(barrier, checkpoint, from, to, (page - 1) * pageSize, pageSize), cancellationToken);
        return new BarrierCommandPage(page, pageSize, total, items);
    }
}
