using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.CreateJourneyMessages;

/// <summary>
/// R33: the call list of one call round at a checkpoint goes to its officers over the main
/// channel (the officers' console); the backup channel (SMS to the duty phones) is added by the
/// delivery as soon as the main channel fails. Made once per call list; returns 0 when already there.
/// </summary>
public sealed record CreateCallListMessages(Guid CallListId, string Checkpoint, DateTimeOffset CalledAt, IReadOnlyList<JourneyBooking> Vehicles)
    : ICommand<Result<int>>;

public sealed class CreateCallListMessagesHandler(IRepository<Checkpoint> checkpoints, IRepository<OutboundMessage> messages, TimeProvider clock)
    : ICommandHandler<CreateCallListMessages, Result<int>>
{
    public async ValueTask<Result<int>> Handle(CreateCallListMessages command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await messages.AnyAsync(new MessagesOfSubjectSpec(command.CallListId, MessageKind.CallList, MessageChannel.OfficersMain), cancellationToken))
        {
            return 0;
        }

        var code = CheckpointCode.Create(command.Checkpoint);
        if (!code.IsSuccess)
        {
            return code.Error;
        }

        var checkpoint = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(code.Value), cancellationToken);
        var name = checkpoint?.NameLatin is { Length: > 0 } latin ? latin : code.Value.Value;
        var calledAtLocal = checkpoint?.LocalTime(command.CalledAt) ?? command.CalledAt.DateTime;
        // R31: the event lists the vehicles in the queue's order (QueueOrder); the text keeps it.
        var text = JourneyTexts.CallList(name, calledAtLocal, command.Vehicles);
        await messages.AddAsync(
            OutboundMessage.Create(
                command.CallListId, booking: null, code.Value, MessageAudience.Officers, account: null, MessageKind.CallList, MessageChannel.OfficersMain, code.Value.Value, text, clock.GetUtcNow()),
            cancellationToken);
        return 1;
    }
}
