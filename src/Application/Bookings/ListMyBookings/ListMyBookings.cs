using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Application.Common.Validation;

namespace Seo.Application.Bookings.ListMyBookings;

/// <summary>The current user's bookings, newest first.</summary>
public sealed record ListMyBookings(BookingStatus? Status, int Page = 1, int PageSize = 20) : IQuery<Result<BookingPage>>;

public sealed record BookingPage(int Page, int PageSize, IReadOnlyList<BookingDto> Items);

public sealed class ListMyBookingsValidator : AbstractValidator<ListMyBookings>
{
    public const int MaxPageSize = 100;

    public ListMyBookingsValidator()
    {
        RuleFor(q => q.Page).IsAPage();
        RuleFor(q => q.Status).IsInEnum().WithErrorCode("invalid-value");
        RuleFor(q => q.PageSize).IsAPageSize(MaxPageSize);
    }
}

public sealed class ListMyBookingsHandler(IRepository<Booking> bookings, ICurrentUser currentUser) : IQueryHandler<ListMyBookings, Result<BookingPage>>
{
    public async ValueTask<Result<BookingPage>> Handle(ListMyBookings query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (currentUser.AccountId is not { } owner)
        {
            return new BookingPage(query.Page, query.PageSize, []);
        }

        var page = await bookings.ListAsync(
            new BookingsOfOwnerSpec(owner, query.Status, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        return new BookingPage(query.Page, query.PageSize, [.. page.Select(b => b.ToDto())]);
    }
}
