using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.OpenData.PublishDays;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>Yesterday's and today's open-data figures of every checkpoint go to the analysts' index, where there is one (Kibana).</summary>
[DisallowConcurrentExecution]
internal sealed class PublishOpenDataJob(IMediator mediator, ILogger<PublishOpenDataJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Open-data publication";

    protected override string Changed => "checkpoint day(s) published";

    protected override async ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new PublishOpenDataDays(), cancellationToken);
}
