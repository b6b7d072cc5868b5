using System.Security.Cryptography;
using Mediator;
using Seo.Application.Checkpoints;
using Seo.Application.Common.Ports;
using Seo.Application.Draws.Common;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Draws;

namespace Seo.Application.Draws.RunDraws;

/// <summary>
/// Opens the draw of each checkpoint's newest day (the one that entered the horizon at the last
/// local midnight): a fresh random seed, whose commitment is published at once. Runs every sweep;
/// a day already opened is left as it is. A sweep that comes late (after the window closed, within
/// a day) still opens it, so a day with entries always gets its draw.
/// </summary>
public sealed record OpenDayDraws : ICommand<Result<int>>;

public sealed class OpenDayDrawsHandler(
    IRepository<Checkpoint> checkpoints, IRepository<DayDraw> draws, DrawWindow window, TimeProvider clock) : ICommandHandler<OpenDayDraws, Result<int>>
{
    public async ValueTask<Result<int>> Handle(OpenDayDraws command, CancellationToken cancellationToken)
    {
        if (!window.Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var opened = 0;
        foreach (var checkpoint in await checkpoints.ListAsync(new AllCheckpointsSpec(), cancellationToken))
        {
            var date = DrawWindow.NewestDay(checkpoint, now);
            var closesAt = window.ClosesAt(checkpoint, date);
            if (now >= closesAt + TimeSpan.FromDays(1) || await draws.AnyAsync(new DayDrawSpec(checkpoint.Id.Value, date, readOnly: true), cancellationToken))
            {
                continue;
            }

            await draws.AddAsync(
                DayDraw.Open(checkpoint.Id.Value, date, DrawWindow.OpensAt(checkpoint, date), closesAt, RandomNumberGenerator.GetBytes(FairDraw.SeedBytes), now),
                cancellationToken);
            opened++;
        }

        return opened;
    }
}
