using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Checkpoints.RebuildAvailability;

/// <summary>
/// Rebuilds the availability read model from the write store's ledger: one checkpoint or all, for
/// a range of checkpoint-local dates (default: yesterday to the booking horizon, R22). Used by a
/// registrar after an outage or a wipe, at start-up (the in-process read model starts empty) and
/// when the read model's store comes back after an outage.
/// </summary>
/// <remarks>
/// A plain request, not a command: it writes only the read model, and must not run inside the
/// write store's transaction (on SQLite that would hold every booking up while it runs).
/// </remarks>
public sealed record RebuildAvailability(string? Checkpoint = null, DateOnly? From = null, DateOnly? To = null)
    : IRequest<Result<AvailabilityRebuildDto>>;

/// <summary>What was rebuilt: per checkpoint, its range, the days replaced and the ledger intervals copied.</summary>
public sealed record AvailabilityRebuildDto(int Days, int Intervals, IReadOnlyList<RebuiltCheckpointDto> Checkpoints);

public sealed record RebuiltCheckpointDto(string Checkpoint, DateOnly From, DateOnly To, int Days, int Intervals);
