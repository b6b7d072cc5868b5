using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageHandler(IOutboxAdministration outbox) : ICommandHandler<ReplayOutboxMessage, Result>
{
    public static readonly DomainError NotFound = DomainError.NotFound(
        "outbox-event-not-found", "No outbox event has this sequence number.");

    public static readonly DomainError NotPoisoned = new(
        "outbox-event-not-poisoned", "This event is not poisoned; only poisoned events are replayed, the others are delivered anyway.");

    public async ValueTask<Result> Handle(ReplayOutboxMessage command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await outbox.ReplayAsync(command.Sequence, cancellationToken) switch
        {
            ReplayOutcome.Replayed => Result.Success(),
            ReplayOutcome.NotPoisoned => NotPoisoned,
            _ => NotFound,
        };
    }
}
