using System.Collections.Concurrent;
using Seo.Application.Common.Ports;

namespace Seo.Projections.Availability;

/// <summary>
/// The availability read model of the embedded default: held in this process's memory, so it
/// needs no server and starts empty (a rebuild fills it). Thread-safe: each checkpoint-day has
/// its own lock (<see cref="InProcessAvailabilityDay"/>). Register it as a singleton.
/// </summary>
public sealed class InProcessAvailabilityReadModel : IAvailabilityReadModel
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<DateOnly, InProcessAvailabilityDay>> _checkpoints = new(StringComparer.Ordinal);

    public Task<int> ApplyAsync(IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalid(counts);
        cancellationToken.ThrowIfCancellationRequested();
        var applied = 0;
        foreach (var count in counts)
        {
            if (DayOf(count.Checkpoint, count.Date).TryApply(count))
            {
                applied++;
            }
        }

        return Task.FromResult(applied);
    }

    public Task<IReadOnlyList<SlotCount>> ReadAsync(string checkpoint, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalidCheckpoint(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_checkpoints.TryGetValue(checkpoint, out var days))
        {
            return Task.FromResult<IReadOnlyList<SlotCount>>([]);
        }

        // Filtering the stored days (not walking the calendar) keeps a wide range cheap.
        IReadOnlyList<SlotCount> counts = [.. days
            .Where(day => day.Key >= from && day.Key <= to)
            .OrderBy(day => day.Key)
            .SelectMany(day => day.Value.Snapshot())];
        return Task.FromResult(counts);
    }

    public Task ReplaceDayAsync(string checkpoint, DateOnly date, IReadOnlyCollection<SlotCount> counts, CancellationToken cancellationToken)
    {
        SlotCountRules.ThrowIfInvalidDay(checkpoint, date, counts);
        cancellationToken.ThrowIfCancellationRequested();
        DayOf(checkpoint, date).Replace(counts);
        return Task.CompletedTask;
    }

    private InProcessAvailabilityDay DayOf(string checkpoint, DateOnly date) =>
        _checkpoints.GetOrAdd(checkpoint, _ => new ConcurrentDictionary<DateOnly, InProcessAvailabilityDay>())
            .GetOrAdd(date, _ => new InProcessAvailabilityDay());
}
