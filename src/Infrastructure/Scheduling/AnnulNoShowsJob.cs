using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R35: bookings whose interval ended without the vehicle are annulled.</summary>
[DisallowConcurrentExecution]
internal sealed class AnnulNoShowsJob(IMediator mediator, ILogger<AnnulNoShowsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "No-show annulment";

    protected override string Changed => "no-show(s) annulled";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new AnnulNoShows(), cancellationToken);
}
