using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Waitlist.OfferPlaces;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// The waitlist's turn: offers that ran out or whose booking can no longer move end and give their
/// places back, in one transaction; then, in a second, the free places are offered to those
/// waiting, in queue order — so a place a lapsed offer gave back goes to the next one in the same firing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WaitlistOffersJob(IMediator mediator, ILogger<WaitlistOffersJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Waitlist";

    protected override string Changed => "offer(s) ended or made";

    protected override async ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken)
    {
        var ended = await mediator.Send(new EndWaitlistOffers(), cancellationToken);
        if (!ended.IsSuccess)
        {
            return ended;
        }

        var offered = await mediator.Send(new OfferWaitlistPlaces(), cancellationToken);
        return offered.IsSuccess ? ended.Value + offered.Value : offered;
    }
}
