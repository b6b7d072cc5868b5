using Mediator;
using Seo.Application.Audit;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.RefundDisplaced;

/// <summary>
/// R22, R28: the owner (or its dispatcher, R15) of a booking a closure displaced takes the fee back
/// instead of placing it on another date. Decided in one transaction; the gateway is asked after
/// it, and a gateway that does not answer leaves the refund to the reconciliation.
/// </summary>
public sealed record RefundDisplacedBooking(Guid BookingId) : IRequest<Result<BookingDto>>;

/// <summary>The transactional part of <see cref="RefundDisplacedBooking"/>: the booking withdrawn, its fees set to go back.</summary>
public sealed record WithdrawDisplacedBooking(Guid BookingId) : ICommand<Result<WithdrawnBooking>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        answer is WithdrawnBooking withdrawn
            ? new(AuditActions.DisplacedBookingRefunded, withdrawn.Booking.Number, new { refunds = withdrawn.Refunds.Select(r => r.Id).ToList() })
            : null;
}

/// <summary>A withdrawn displaced booking and the refunds decided for it.</summary>
public sealed record WithdrawnBooking(BookingDto Booking, IReadOnlyList<PaymentDto> Refunds);

public sealed class WithdrawDisplacedBookingHandler(BookingAccess access, DisplacedBookingRefunds refunds, TimeProvider clock)
    : ICommandHandler<WithdrawDisplacedBooking, Result<WithdrawnBooking>>
{
    public async ValueTask<Result<WithdrawnBooking>> Handle(WithdrawDisplacedBooking command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await access.ActionableAsync(command.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        if (booking.Status != BookingStatus.Displaced)
        {
            return BookingErrors.NotDisplaced;
        }

        var decided = await refunds.RefundAsync(booking, DisplacedBookingRefunds.Reason(booking, ownersChoice: true), clock.GetUtcNow(), cancellationToken);
        return new WithdrawnBooking(booking.ToDto(), [.. decided.Select(PaymentDto.From)]);
    }
}

public sealed class RefundDisplacedBookingHandler(ISender sender, GatewayCalls gateway) : IRequestHandler<RefundDisplacedBooking, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(RefundDisplacedBooking request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var withdrawn = await sender.Send(new WithdrawDisplacedBooking(request.BookingId), cancellationToken);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.Error;
        }

        foreach (var refund in withdrawn.Value.Refunds)
        {
            await gateway.RefundIfDueAsync(refund, cancellationToken);
        }

        return withdrawn.Value.Booking;
    }
}
