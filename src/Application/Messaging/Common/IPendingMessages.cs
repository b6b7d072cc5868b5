using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.Common;

/// <summary>
/// The pending messages as the delivery sees them. A message is sent by one delivery run at a
/// time: a run claims it with a conditional update that succeeds only while nobody holds it, on
/// every store and across API instances.
/// </summary>
public interface IPendingMessages
{
    /// <summary>Pending messages whose next attempt is due and that no live claim holds, oldest due first.</summary>
    Task<IReadOnlyList<OutboundMessageId>> DueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken);

    /// <summary>Takes the message for <paramref name="claim"/> until <paramref name="until"/>; false when it is no longer due or another run holds it.</summary>
    Task<bool> TryClaimAsync(OutboundMessageId id, string claim, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Gives a claim back at once (the run could not finish), so the message need not wait out the lease.</summary>
    Task ReleaseAsync(OutboundMessageId id, string claim, CancellationToken cancellationToken);
}
