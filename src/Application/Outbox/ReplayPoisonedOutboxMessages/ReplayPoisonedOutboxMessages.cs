using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.ReplayPoisonedOutboxMessages;

/// <summary>
/// The registrar sends every poisoned event (of one type, if given) to its projections again: after
/// a search-store outage longer than the back-off, every camera read of the outage is poisoned,
/// and replaying them one sequence at a time is no remedy.
/// </summary>
public sealed record ReplayPoisonedOutboxMessages(string? Type) : ICommand<Result<ReplayedOutboxMessagesDto>>;

/// <summary>How many poisoned events were put back in line.</summary>
public sealed record ReplayedOutboxMessagesDto(int Replayed);
