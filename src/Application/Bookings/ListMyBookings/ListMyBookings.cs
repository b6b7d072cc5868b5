using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Common;
using Seo.Application.Common.Validation;

namespace Seo.Application.Bookings.ListMyBookings;

/// <summary>
/// The current user's bookings, newest first; with <paramref name="Account"/>, those of the
/// organisation the caller dispatches for (R15) — refused as <c>not-a-dispatcher</c> without an
/// active grant from it.
/// </summary>
public sealed record ListMyBookings(BookingStatus? Status, int Page = 1, int PageSize = 20, Guid? Account = null) : IQuery<Result<BookingPage>>;

public sealed record BookingPage(int Page, int PageSize, int Total, IReadOnlyList<BookingDto> Items)
{
    public int TotalPages => PagingRules.PageCount(Total, PageSize);
}

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

public sealed class ListMyBookingsHandler(IRepository<Booking> bookings, BookingAccess access, ICurrentUser currentUser) : IQueryHandler<ListMyBookings, Result<BookingPage>>
{
    public async ValueTask<Result<BookingPage>> Handle(ListMyBookings query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (currentUser.AccountId is not { } caller)
        {
            return new BookingPage(query.Page, query.PageSize, 0, []);
        }

        var owner = query.Account is { } account ? new AccountId(account) : caller;
        if (!await access.ActsForAsync(owner, cancellationToken))
        {
            return IdentityErrors.NotADispatcher;
        }

        var spec = new BookingsOfOwnerSpec(owner, query.Status, (query.Page - 1) * query.PageSize, query.PageSize);
        var page = await bookings.ListAsync(spec, cancellationToken);
        var total = await bookings.CountAsync(spec, cancellationToken);
        return new BookingPage(query.Page, query.PageSize, total, [.. page.Select(row => row.ToDto())]);
    }
}
