using Mediator;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Records a successful audited message in the audit trail. Runs inside the unit of work, so a
/// command's entry commits with what it did, or not at all; a query's entry (a read of personal
/// data) is written at once in a transaction of its own.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit, ICurrentUser caller) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IAudited
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        if (FailureResult<TResponse>.ErrorOf(response) is not null || message.AuditRecord(ValueOf(response), caller) is not { } record)
        {
            return response;
        }

        if (message is IBaseCommand)
        {
            audit.Record(record);
        }
        else
        {
            await audit.WriteAsync(record, cancellationToken);
        }

        return response;
    }

    private static object? ValueOf(TResponse response) =>
        response?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Domain.Common.Result<>)
            ? type.GetProperty(nameof(Domain.Common.Result<object>.Value))!.GetValue(response)
            : null;
}
