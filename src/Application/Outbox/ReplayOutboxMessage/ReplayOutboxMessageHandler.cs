using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageHandler(IOutboxAdministration outbox) : ICommandHandler<ReplayOutboxMessage, Result>
{
    public static readonly DomainError NotPoisoned = DomainError.NotFound(
        "outbox-event-not-poisoned", "No poisoned event has this sequence number; only poisoned events can be replayed.");

    public async ValueTask<Result> Handle(ReplayOutboxMessage command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await outbox.ReplayAsync(command.Sequence, cancellationToken) ? Result.Success() : NotPoisoned;
    }
}
