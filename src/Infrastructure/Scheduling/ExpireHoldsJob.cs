using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>Unpaid holds whose time ran out give their capacity back.</summary>
[DisallowConcurrentExecution]
internal sealed class ExpireHoldsJob(IMediator mediator, ILogger<ExpireHoldsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Hold expiry";

    protected override string Changed => "unpaid hold(s) expired";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new ExpireHolds(), cancellationToken);
}
