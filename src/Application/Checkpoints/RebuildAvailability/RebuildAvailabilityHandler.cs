using Mediator;
using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings.Rules;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.RebuildAvailability;

/// <summary>
/// Copies the ledger into the read model in two passes per checkpoint. Pass 1 replaces each day
/// with a snapshot of the ledger; a live event applied between that snapshot and the replace
/// would be overwritten by the older snapshot. Pass 2 reads the ledger again and applies it
/// with the version guard: any event applied before the replace came from a transaction that
/// committed before it, so the second snapshot holds that change or a newer one, and restores
/// it; anything newer in the read model is kept.
/// </summary>
public sealed partial class RebuildAvailabilityHandler(
    IRepository<Checkpoint> checkpoints, ICapacityLedger ledger, IAvailabilityReadModel readModel, TimeProvider clock, ILogger<RebuildAvailabilityHandler> logger)
    : IRequestHandler<RebuildAvailability, Result<AvailabilityRebuildDto>>
{
    /// <summary>How often a long rebuild says how far it is; a quick one says nothing until its caller reports the whole.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    private static DomainError InvalidRange(DateOnly earliest, DateOnly latest) => DomainError.Validation(
        "invalid-date-range",
        $"'from' and 'to' are checkpoint-local dates from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}, 'to' not before 'from'.",
        new Dictionary<string, string[]> { ["to"] = ["Outside yesterday to the booking horizon, or before 'from'."] });

    public async ValueTask<Result<AvailabilityRebuildDto>> Handle(RebuildAvailability request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<Checkpoint> targets;
        if (request.Checkpoint is not null)
        {
            var one = await checkpoints.FirstOrDefaultAsync(new CheckpointByCodeSpec(CheckpointCode.Create(request.Checkpoint).Value), cancellationToken);
            if (one is null)
            {
                return CheckpointErrors.NotFound;
            }

            targets = [one];
        }
        else
        {
            targets = [.. (await checkpoints.ListAsync(new AllCheckpointsSpec(), cancellationToken)).OrderBy(c => c.Id.Value, StringComparer.Ordinal)];
        }

        // Every range is checked before anything is written, so a bad request rebuilds nothing.
        var now = clock.GetUtcNow();
        var ranges = new List<(Checkpoint Checkpoint, DateOnly From, DateOnly To)>();
        foreach (var checkpoint in targets)
        {
            var yesterday = DateOnly.FromDateTime(checkpoint.LocalTime(now)).AddDays(-1);
            var horizon = BookingHorizonRule.LastBookableDate(checkpoint, now);
            var from = request.From ?? yesterday;
            var to = request.To ?? horizon;
            if (to < from || from < yesterday || to > horizon)
            {
                return InvalidRange(yesterday, horizon);
            }

            ranges.Add((checkpoint, from, to));
        }

        var rebuilt = new List<RebuiltCheckpointDto>();
        var (days, intervals) = (0, 0);
        var reported = clock.GetTimestamp();
        foreach (var (checkpoint, from, to) in ranges)
        {
            var one = await RebuildAsync(checkpoint.Id.Value, from, to, cancellationToken);
            rebuilt.Add(one);
            (days, intervals) = (days + one.Days, intervals + one.Intervals);
            if (rebuilt.Count < ranges.Count && clock.GetElapsedTime(reported) >= ProgressInterval)
            {
                LogProgress(logger, rebuilt.Count, ranges.Count, days, intervals);
                reported = clock.GetTimestamp();
            }
        }

        return new AvailabilityRebuildDto(days, intervals, rebuilt);
    }

    private async Task<RebuiltCheckpointDto> RebuildAsync(string code, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var checkpoint = CheckpointCode.Create(code).Value;
        var first = await ledger.SlotCountsAsync(checkpoint, from, to, cancellationToken);
        var byDay = first.ToLookup(count => count.Date);
        var days = new List<DateOnly>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            days.Add(date);
        }

        // Days without ledger rows are replaced too (emptied): the rebuild is the authority.
        await Task.WhenAll(days.Select(date => readModel.ReplaceDayAsync(code, date, [.. byDay[date]], cancellationToken)));

        var second = await ledger.SlotCountsAsync(checkpoint, from, to, cancellationToken);
        if (second.Count > 0)
        {
            await readModel.ApplyAsync(second, cancellationToken);
        }

        return new RebuiltCheckpointDto(code, from, to, days.Count, second.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Availability rebuild: {Done} of {Count} checkpoints, {Days} days and {Intervals} intervals so far")]
    private static partial void LogProgress(ILogger logger, int done, int count, int days, int intervals);
}
