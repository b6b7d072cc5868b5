using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.ReplayOutboxMessage;

/// <summary>The registrar sends a poisoned event to its projections again, once the cause is fixed.</summary>
public sealed record ReplayOutboxMessage(long Sequence) : ICommand<Result>;
