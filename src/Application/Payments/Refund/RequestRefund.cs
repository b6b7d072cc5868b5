using FluentValidation;
using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Application.Payments.Common;
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

public sealed class RequestRefundHandler(PaymentSettlement settlement, TimeProvider clock) : ICommandHandler<RequestRefund, Result<PaymentDto>>
{
    public async ValueTask<Result<PaymentDto>> Handle(RequestRefund command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var intent = await settlement.FindAsync(command.IntentId, cancellationToken);
        if (intent is null)
        {
            return PaymentRefusals.NotFound;
        }

        var requested = intent.RequestRefund(command.Fault!.Value, command.Reason!, clock.GetUtcNow());
        return requested.IsSuccess ? PaymentDto.From(intent) : requested.Error;
    }
}
