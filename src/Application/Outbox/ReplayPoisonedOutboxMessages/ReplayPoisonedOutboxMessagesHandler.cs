using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.ReplayPoisonedOutboxMessages;

public sealed class ReplayPoisonedOutboxMessagesHandler(IOutboxAdministration outbox)
    : ICommandHandler<ReplayPoisonedOutboxMessages, Result<ReplayedOutboxMessagesDto>>
{
    public static readonly DomainError InvalidType = DomainError.Validation(
        "invalid-event-type",
        "'type' is an event type as GET /admin/outbox shows it (letters only, at most 200), or absent for every type.",
        new Dictionary<string, string[]> { ["type"] = ["Letters only, at most 200."] });

    public async ValueTask<Result<ReplayedOutboxMessagesDto>> Handle(ReplayPoisonedOutboxMessages command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Type is { } type && (type.Length is 0 or > 200 || !type.All(char.IsAsciiLetter)))
        {
            return InvalidType;
        }

        return new ReplayedOutboxMessagesDto(await outbox.ReplayAllAsync(command.Type, cancellationToken));
    }
}
