using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Seo.Application.Bookings.AnnulNoShows;
using Seo.Application.Bookings.ExpireHolds;
using Seo.Application.Common.Ports;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// Sweeps the deadlines: unpaid holds whose time ran out give their capacity back, bookings whose
/// interval ended without the vehicle are annulled (R35), and stored Idempotency-Key answers past
/// their retention are forgotten. Each step is idempotent, so a crash or a second instance
/// repeats nothing harmful.
/// </summary>
internal sealed partial class DeadlineSweep(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<DeadlineSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeadlineSweep, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var expired = await mediator.Send(new ExpireHolds(), stoppingToken);
                var annulled = await mediator.Send(new AnnulNoShows(), stoppingToken);
                await scope.ServiceProvider.GetRequiredService<IIdempotencyStore>()
                    .PurgeAsync(clock.GetUtcNow() - options.Value.IdempotencyRetention, stoppingToken);
                if (expired.IsSuccess && annulled.IsSuccess && expired.Value + annulled.Value > 0)
                {
                    LogSwept(logger, expired.Value, annulled.Value);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick retries; a failing sweep must not stop the host.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Expired} unpaid hold(s), annulled {Annulled} no-show(s)")]
    private static partial void LogSwept(ILogger logger, int expired, int annulled);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hold expiry sweep failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public sealed class SchedulingOptions
{
    public const string Section = "Seo:Scheduling";

    /// <summary>How often unpaid holds and no-shows are swept.</summary>
    public TimeSpan DeadlineSweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an Idempotency-Key answer is kept for retries.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Off in tests that drive expiry by hand.</summary>
    public bool Enabled { get; set; } = true;
}
