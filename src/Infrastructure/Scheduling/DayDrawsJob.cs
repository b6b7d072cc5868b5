using Mediator;
using Microsoft.Extensions.Logging;
using Quartz;
using Seo.Application.Draws.RunDraws;
using Seo.Domain.Common;

namespace Seo.Infrastructure.Scheduling;

/// <summary>
/// The fair release of new days (docs/fair-release.md): opens each checkpoint's newest day's draw
/// (seed and commitment), then runs every draw whose window has closed, each in its own transaction.
/// Clustered and never concurrent, like the other sweeps; a draw repeated after a crash starts
/// again from the same seed and entries.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DayDrawsJob(IMediator mediator, ILogger<DayDrawsJob> logger) : CommandSweepJob(logger)
{
    /// <summary>Draws per firing at most; the next firing goes on.</summary>
    private const int MaxDrawsPerFiring = 100;

    protected override string Sweep => "Day draws";

    protected override string Changed => "day draw(s) opened or run";

    protected override async ValueTask<Result<int>> SendAsync(CancellationToken cancellationToken)
    {
        var opened = await mediator.Send(new OpenDayDraws(), cancellationToken);
        var changed = opened.IsSuccess ? opened.Value : 0;
        for (var i = 0; i < MaxDrawsPerFiring; i++)
        {
            var drawn = await mediator.Send(new DrawNextDay(), cancellationToken);
            if (!drawn.IsSuccess)
            {
                return drawn.Error;
            }

            if (drawn.Value == 0)
            {
                break;
            }

            changed += drawn.Value;
        }

        return opened.IsSuccess ? changed : opened.Error;
    }
}
