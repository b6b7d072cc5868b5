using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.GetOutboxStatus;

public sealed class GetOutboxStatusHandler(IOutboxAdministration outbox, TimeProvider clock) : IQueryHandler<GetOutboxStatus, Result<OutboxStatusDto>>
{
    /// <summary>Enough to act on; the rest are behind them in the same state.</summary>
    public const int PoisonedShown = 100;

    public async ValueTask<Result<OutboxStatusDto>> Handle(GetOutboxStatus query, CancellationToken cancellationToken)
    {
        var status = await outbox.StatusAsync(PoisonedShown, cancellationToken);
        return new OutboxStatusDto(status.Pending, status.Poisoned, status.LagAt(clock.GetUtcNow())?.TotalSeconds, status.PoisonedEvents);
    }
}
