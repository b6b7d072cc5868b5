using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Bookings.RemindBookings;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R29: paid bookings due their 24-hour reminder are reminded, once each.</summary>
[DisallowConcurrentExecution]
internal sealed class RemindBookingsJob(IMediator mediator, ILogger<RemindBookingsJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Reminder (R29)";

    protected override string Changed => "booking(s) reminded";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new RemindBookings(), cancellationToken);
}
