using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.CallVehicles;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R34, R33: vehicles whose call time has come are called in queue order, with a call list per checkpoint.</summary>
[DisallowConcurrentExecution]
internal sealed class CallVehiclesJob(IMediator mediator, ILogger<CallVehiclesJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Call (R34)";

    protected override string Changed => "vehicle(s) called";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new CallVehicles(), cancellationToken);
}
