using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seo.Application.Bookings.ExpireHolds;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Sweeps unpaid holds whose time ran out and gives their capacity back. Each sweep is one
/// idempotent command, so a crash or a second instance repeats nothing harmful.
/// </summary>
internal sealed partial class HoldExpiryService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<HoldExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HoldExpirySweep, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var result = await mediator.Send(new ExpireHolds(), stoppingToken);
                if (result.IsSuccess && result.Value > 0)
                {
                    LogExpired(logger, result.Value);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick retries; a failing sweep must not stop the host.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} unpaid hold(s)")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hold expiry sweep failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public sealed class SchedulingOptions
{
    public const string Section = "Seo:Scheduling";

    /// <summary>How often unpaid holds are swept.</summary>
    public TimeSpan HoldExpirySweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off in tests that drive expiry by hand.</summary>
    public bool Enabled { get; set; } = true;
}
