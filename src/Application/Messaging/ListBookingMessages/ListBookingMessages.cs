using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Domain.Messaging;

namespace Seo.Application.Messaging.ListBookingMessages;

/// <summary>
/// The messages sent about a booking (R29 reminder, R34 call, annulments), with their state,
/// attempts and receipts: the owner's own booking (and its dispatchers', R15), or any booking for officers and the registrar.
/// </summary>
public sealed record ListBookingMessages(Guid BookingId) : IQuery<Result<IReadOnlyList<OutboundMessageDto>>>;

public sealed class ListBookingMessagesHandler(BookingAccess access, IRepository<OutboundMessage> messages)
    : IQueryHandler<ListBookingMessages, Result<IReadOnlyList<OutboundMessageDto>>>
{
    public async ValueTask<Result<IReadOnlyList<OutboundMessageDto>>> Handle(ListBookingMessages query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!await access.MaySeeAsync(query.BookingId, cancellationToken))
        {
            return BookingErrors.NotFound;
        }

        return await messages.ListAsync(new MessagesOfBookingSpec(new BookingId(query.BookingId)), cancellationToken);
    }
}
