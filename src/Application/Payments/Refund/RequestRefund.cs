using FluentValidation;
using Mediator;
using Seo.Application.Audit;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Payments;

namespace Seo.Application.Payments.Refund;

/// <summary>
/// R28: the registrar decides a refund where the system or the state is at fault (a checkpoint
/// closed, a fault of Seo), with the reason. There is no refund for the user's own fault, so
/// there is no fault to choose for it. The gateway is asked afterwards, outside the transaction.
/// </summary>
public sealed record RequestRefund(Guid IntentId, RefundFault? Fault, string? Reason) : ICommand<Result<PaymentDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.RefundRequested, IntentId.ToString(), new { fault = Fault?.ToString(), reason = Reason });
}

public sealed class RequestRefundValidator : AbstractValidator<RequestRefund>
{
    public RequestRefundValidator()
    {
        RuleFor(c => c.Fault).NotNull().IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(PaymentIntent.MaxReasonLength);
    }
}

public sealed class RequestRefundHandler(PaymentSettlement settlement, IRepository<Booking> bookings, TimeProvider clock) : ICommandHandler<RequestRefund, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(RequestRefund command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var intent = await settlement.FindAsync(command.IntentId, cancellationToken);
        if (intent is null)
        {
            return PaymentRefusals.NotFound;
        }

        var now = clock.GetUtcNow();
        var requested = intent.RequestRefund(command.Fault!.Value, command.Reason!, now);
        if (!requested.IsSuccess)
        {
            return requested.Error;
        }

        // A booking fee refunded before the vehicle came takes the booking with it, and its place is free again.
        if (intent.Purpose == PaymentPurpose.BookingFee && intent.Booking is { } bookingId
            && await bookings.FirstOrDefaultAsync(new BookingByIdSpec(bookingId), cancellationToken) is { } booking)
        {
            booking.WithdrawForRefund(intent.Amount, now);
        }

        return PaymentDto.From(intent);
    }
}
