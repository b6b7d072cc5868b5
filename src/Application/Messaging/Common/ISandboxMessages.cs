using Seo.Domain.Messaging;
using Seo.Application.Common.Validation;

namespace Seo.Application.Messaging.Common;

/// <summary>A message the sandbox adapters took instead of a provider: what a phone, an app or the officers' console would have received.</summary>
public sealed record SandboxMessage(
    Guid MessageId, Guid? BookingId, string? Checkpoint, MessageKind Kind, MessageChannel Channel, string Destination, string Text, string ReceiptId, DateTimeOffset ReceivedAt);

public sealed record SandboxMessagePage(int Page, int PageSize, int Total, IReadOnlyList<SandboxMessage> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

/// <summary>The messages the sandbox adapters recorded, kept in the write store so every instance and request sees them.</summary>
public interface ISandboxMessages
{
    Task<SandboxMessagePage> ListAsync(Guid? booking, MessageKind? kind, int page, int pageSize, CancellationToken cancellationToken);
}
