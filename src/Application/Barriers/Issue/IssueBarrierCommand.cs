using Seo.Application.Audit;
using Ardalis.Specification;
using FluentValidation;
using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Barriers.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Domain.Accounts;
using Seo.Domain.Barriers;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Application.Barriers.Issue;

/// <summary>
/// R11: an officer (or the registrar) opens or closes a barrier from the console, giving a reason
/// and, when it concerns a truck, its plate and booking number. The command is kept with who gave it.
/// </summary>
public sealed record IssueBarrierCommand(Guid BarrierId, BarrierAction Action, string? Reason, string? Plate, string? BookingNumber)
    : ICommand<Result<BarrierCommandDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.BarrierCommandIssued, BarrierId.ToString(), new { command = (answer as BarrierCommandDto)?.Id, action = Action.ToString(), reason = Reason, plate = Plate, bookingNumber = BookingNumber });
}

public sealed class IssueBarrierCommandValidator : AbstractValidator<IssueBarrierCommand>
{
    public IssueBarrierCommandValidator()
    {
        RuleFor(c => c.Action).IsInEnum();
        RuleFor(c => c.Reason)
            .Must(r => r is not null && BarrierCommand.IsPrintable(r.Trim(), BarrierCommand.MaxReasonLength))
            .WithErrorCode(BarrierErrors.InvalidReason.Code).WithMessage(BarrierErrors.InvalidReason.Message);
        RuleFor(c => c.Plate).MustBe(PlateNumber.Create).When(c => c.Plate is not null);
        RuleFor(c => c.BookingNumber)
            .Must(n => n is null || BarrierCommand.IsPrintable(n.Trim(), BarrierCommand.MaxBookingNumberLength))
            .WithErrorCode("invalid-booking-number")
            .WithMessage($"'bookingNumber' is 1 to {BarrierCommand.MaxBookingNumberLength} printable characters, or absent.");
    }
}

public sealed class IssueBarrierCommandHandler(
    IRepository<Device> devices,
    IRepository<BarrierCommand> commands,
    IRepository<Booking> bookings,
    IRepository<Account> accounts,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<IssueBarrierCommand, Result<BarrierCommandDto>>
{
    public async ValueTask<Result<BarrierCommandDto>> Handle(IssueBarrierCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var barrier = await devices.NamedBarrierAsync(command.BarrierId, cancellationToken);
        if (!barrier.IsSuccess)
        {
            return barrier.Error;
        }

        var staff = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id, readOnly: true), cancellationToken) : null;
        if (staff is null)
        {
            return new DomainError("not-signed-in", "Sign in as an officer or the registrar.", ErrorKind.Unauthenticated);
        }

        var plate = command.Plate is null ? null : PlateNumber.Create(command.Plate).Value.Value;
        BookingId? bookingId = null;
        string? bookingNumber = null;
        if (command.BookingNumber is { } number)
        {
            // The audit log names the booking itself, so the number must be one of this checkpoint's.
            var booking = await bookings.FirstOrDefaultAsync(new BookingByNumberSpec(number.Trim(), barrier.Value.Checkpoint), cancellationToken);
            if (booking is null)
            {
                return BookingErrors.NotFound;
            }

            bookingId = booking.Id;
            bookingNumber = booking.Number;
            plate ??= booking.Vehicle.Plate.Value;
        }

        var issued = BarrierCommand.Issue(
            barrier.Value, command.Action, BarrierIssuer.Console(staff.Id.Value, staff.Email.Value), command.Reason, clock.GetUtcNow(), plate, bookingId, bookingNumber);
        if (!issued.IsSuccess)
        {
            return issued.Error;
        }

        await commands.AddAsync(issued.Value, cancellationToken);
        return BarrierCommandDto.From(issued.Value);
    }
}

/// <summary>A booking by its number at one checkpoint, read only.</summary>
public sealed class BookingByNumberSpec : Specification<Booking>, ISingleResultSpecification<Booking>
{
    public BookingByNumberSpec(string number, CheckpointCode checkpoint) =>
        Query.AsNoTracking().Where(b => b.Number == number && b.Checkpoint == checkpoint);
}
