using Seo.Application.Common.Mapping;
using Seo.Domain.Barriers;
using Seo.Domain.Devices;
using Seo.Application.Common.Validation;

namespace Seo.Application.Barriers.Common;

/// <summary>A barrier command as the audit log shows it (R11): who, when, why, plate, booking, deliveries and the answer.</summary>
public sealed record BarrierCommandDto(
    Guid Id,
    Guid BarrierId,
    string Checkpoint,
    CameraPoint Point,
    BarrierAction Action,
    BarrierCommandSource Source,
    string IssuedBy,
    Guid? IssuedByAccountId,
    string Reason,
    string? Plate,
    Guid? BookingId,
    string? BookingNumber,
    Guid? AnprEventId,
    DateTimeOffset IssuedAt,
    BarrierCommandState State,
    int DeliveryAttempts,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? AcknowledgedAt,
    BarrierAckOutcome? AckOutcome,
    string? AckDetail,
    DateTimeOffset? FailedAt,
    string? FailureReason)
{
    /// <summary>The one mapping, as an expression the audit log query selects (materialising no command) and <see cref="From"/> runs.</summary>
    public static Projection<BarrierCommand, BarrierCommandDto> Projection { get; } = new(command => new BarrierCommandDto(
        command.Id.Value, command.BarrierId.Value, command.Checkpoint.Value, command.Point, command.Action, command.Source, command.IssuedBy,
        command.IssuedByAccountId, command.Reason, command.Plate, command.BookingId.HasValue ? command.BookingId.Value.Value : null, command.BookingNumber,
        command.AnprEventId, command.IssuedAt, command.State, command.DeliveryAttempts, command.LastDeliveredAt, command.AcknowledgedAt, command.AckOutcome,
        command.AckDetail, command.FailedAt, command.FailureReason));

    public static BarrierCommandDto From(BarrierCommand command) => Projection.Of(command);
}

/// <summary>One page of the audit log, newest first.</summary>
public sealed record BarrierCommandPage(int Page, int PageSize, int Total, IReadOnlyList<BarrierCommandDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

/// <summary>
/// A command as the barrier receives it: what to do, and enough to show or log beside it; never
/// who gave it (an officer's e-mail address stays in the audit log).
/// </summary>
/// <param name="Attempt">Which delivery this is (1 for the first); a barrier that sees a command again acts on it once.</param>
public sealed record BarrierInstruction(
    Guid Id,
    BarrierAction Action,
    DateTimeOffset IssuedAt,
    int Attempt,
    string? Plate,
    string? BookingNumber,
    BarrierCommandState State,
    DateTimeOffset? AcknowledgedAt,
    BarrierAckOutcome? AckOutcome)
{
    public static BarrierInstruction From(BarrierCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(
            command.Id.Value, command.Action, command.IssuedAt, command.DeliveryAttempts, command.Plate, command.BookingNumber,
            command.State, command.AcknowledgedAt, command.AckOutcome);
    }
}

/// <summary>What a barrier's long poll answers: its commands to carry out, oldest first (none when the wait ran out).</summary>
public sealed record BarrierInstructions(IReadOnlyList<BarrierInstruction> Commands);
