using Ardalis.Specification;
using Seo.Domain.Barriers;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;

namespace Seo.Application.Barriers.Common;

/// <summary>R11: the unrevoked barriers at one camera point of a checkpoint that control one direction of traffic.</summary>
public sealed class BarriersAtPointSpec : Specification<Device>
{
    public BarriersAtPointSpec(CheckpointCode checkpoint, CameraPoint point, CrossingDirection direction)
    {
        Query.AsNoTracking()
            .Where(d => d.Kind == DeviceKind.Barrier && d.Checkpoint == checkpoint && d.Point == point && d.Direction == direction && d.RevokedAt == null)
            .OrderBy(d => d.RegisteredAt).ThenBy(d => d.Name);
    }
}

/// <summary>A barrier's commands waiting to be collected, oldest first.</summary>
public sealed class PendingCommandsOfBarrierSpec : Specification<BarrierCommand>
{
    public PendingCommandsOfBarrierSpec(DeviceId barrier, int? take = null, bool tracked = true)
    {
        Query.Where(c => c.BarrierId == barrier && c.State == BarrierCommandState.Pending)
            .OrderBy(c => c.IssuedAt).ThenBy(c => c.Id);
        if (take is { } size)
        {
            Query.Take(size);
        }

        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

public sealed class BarrierCommandOfBarrierSpec : Specification<BarrierCommand>, ISingleResultSpecification<BarrierCommand>
{
    public BarrierCommandOfBarrierSpec(BarrierCommandId id, DeviceId barrier) =>
        Query.Where(c => c.Id == id && c.BarrierId == barrier);
}

/// <summary>
/// The commands the retry sweep must look at: delivered ones whose acknowledgement is overdue, and
/// ones left uncollected too long (see <see cref="BarrierCommand.Sweep"/>), oldest first.
/// </summary>
public sealed class OverdueBarrierCommandsSpec : Specification<BarrierCommand>
{
    public OverdueBarrierCommandsSpec(DateTimeOffset now, TimeSpan ackTimeout, int maxAttempts, int batchSize)
    {
        var deliveredBefore = now - ackTimeout;
        var queuedBefore = now - (ackTimeout * maxAttempts);
        Query.Where(c => (c.State == BarrierCommandState.Delivered && c.LastDeliveredAt <= deliveredBefore)
                || (c.State == BarrierCommandState.Pending && c.QueuedAt <= queuedBefore))
            .OrderBy(c => c.IssuedAt).ThenBy(c => c.Id)
            .Take(batchSize);
    }
}

/// <summary>The audit log of one barrier, or of one checkpoint in [from, to), newest first; paged when skip and take are given, and selected as DTOs.</summary>
public sealed class BarrierCommandLogSpec : Specification<BarrierCommand, BarrierCommandDto>
{
    public BarrierCommandLogSpec(DeviceId? barrier, CheckpointCode? checkpoint, DateTimeOffset? from, DateTimeOffset? to, int? skip = null, int? take = null)
    {
        Query.AsNoTracking().Select(BarrierCommandDto.Projection.Expression);
        if (barrier is { } id)
        {
            Query.Where(c => c.BarrierId == id);
        }

        if (checkpoint is not null)
        {
            Query.Where(c => c.Checkpoint == checkpoint);
        }

        if (from is { } start)
        {
            Query.Where(c => c.IssuedAt >= start);
        }

        if (to is { } end)
        {
            Query.Where(c => c.IssuedAt < end);
        }

        if (skip is { } offset && take is { } size)
        {
            Query.OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).Skip(offset).Take(size);
        }
    }
}
