using Mediator;

namespace Seo.Application.Bookings.Admission;

/// <summary>
/// Runs a place-taking command's transaction in its checkpoint's turn (<see cref="CheckpointAdmission"/>).
/// It sits after the registry checks, which may take seconds and take no place, and before the
/// unit of work, so a waiting request holds neither a connection nor a lock.
/// </summary>
public sealed class CheckpointAdmissionBehavior<TMessage, TResponse>(CheckpointAdmission admission) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand, ICheckpointAdmitted
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        using var turn = await admission.EnterAsync(message.Checkpoint, cancellationToken);
        return await next(message, cancellationToken);
    }
}
