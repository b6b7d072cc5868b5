using Mediator;
using Seo.Application.Common.Ports;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Wraps each command in one transaction: the handler changes aggregates and takes capacity;
/// this behaviour saves (with the outbox) and commits on success, and rolls back on any
/// failure, so a refused or crashed command writes nothing. Handlers never call SaveChanges.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        return await unitOfWork.RunAsync(token => HandleOnceAsync(message, next, token), cancellationToken);
    }

    /// <summary>One attempt; on a transient store failure <see cref="IUnitOfWork.RunAsync{T}"/> runs it again.</summary>
    private async Task<TResponse> HandleOnceAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            if (FailureResult<TResponse>.ErrorOf(response) is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return response;
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (PersistenceConflictException conflict) when (FailureResult<TResponse>.IsSupported)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return FailureResult<TResponse>.From(conflict.Error);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
