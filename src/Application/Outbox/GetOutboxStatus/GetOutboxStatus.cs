using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Outbox.GetOutboxStatus;

/// <summary>The registrar's view of event delivery to the read models: backlog, lag and poisoned events.</summary>
public sealed record GetOutboxStatus : IQuery<Result<OutboxStatusDto>>;

/// <summary>The outbox as the registrar sees it; <see cref="LagSeconds"/> is the age of the oldest undelivered event.</summary>
public sealed record OutboxStatusDto(int Pending, int Poisoned, double? LagSeconds, IReadOnlyList<PoisonedEvent> PoisonedEvents);
