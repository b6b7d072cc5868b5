using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.RefundLapsedDisplacements;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R22, R28: displaced bookings not placed by their deadline are withdrawn and their fees set to go back.</summary>
[DisallowConcurrentExecution]
internal sealed class RefundLapsedDisplacementsJob(IMediator mediator, ILogger<RefundLapsedDisplacementsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Lapsed displacement refunds";

    protected override string Changed => "displaced booking(s) refunded";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new RefundLapsedDisplacements(), cancellationToken);
}
