using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Verification;
using Seo.Application.Common.Ports;

namespace Seo.Application.Verification.Common;

/// <summary>
/// A command whose handler decides on the automated checks (R19, R20). The registries are asked
/// by <c>RegistryChecksBehavior</c> before the command's transaction begins; the handler reads
/// their answers from <see cref="VerificationRun"/> and decides inside the transaction.
/// </summary>
public interface IVerifiedCommand;

/// <summary>
/// Reads, before the command's transaction, what the registries are to be asked about it. Answers
/// null when the command will be refused for a reason of its own (an unknown checkpoint, R21,
/// R22, R27 …): then no registry is asked and the handler gives that reason.
/// </summary>
public interface IVerificationSubjectReader<in TCommand>
{
    Task<PlannedChecks?> ReadAsync(TCommand command, CancellationToken cancellationToken);
}

/// <summary>The checks a command needs: who asks and why, where, and the subject the registries see.</summary>
public sealed record PlannedChecks(AccountId RequestedBy, VerificationPurpose Purpose, BookingId? Booking, CheckpointCode Checkpoint, VerificationSubject Subject)
{
    public CheckedRequest ToCheckedRequest() =>
        new(RequestedBy, Purpose, Booking, Checkpoint, Subject.BookedDate, Subject.Vehicle, Subject.Owner.Residency);
}
