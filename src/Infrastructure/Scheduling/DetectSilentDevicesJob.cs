using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Devices.Health;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>R8: devices silent for the configured time raise one alert each per episode.</summary>
[DisallowConcurrentExecution]
internal sealed class DetectSilentDevicesJob(IMediator mediator, ILogger<DetectSilentDevicesJob> logger) : CommandSweepJob(logger)
{
    protected override string Sweep => "Device silence";

    protected override string Changed => "silent device(s) alerted";

    protected override ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken) => mediator.Send(new DetectSilentDevices(), cancellationToken);
}
