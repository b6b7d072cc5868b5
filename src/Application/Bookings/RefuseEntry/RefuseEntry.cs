using Seo.Application.Audit;
using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Bookings.RefuseEntry;

/// <summary>
/// An officer refuses a vehicle entry or passage at the checkpoint, saying why; the booking closes
/// and the fee is kept. The reason travels with the journey's event to the live view and audit.
/// </summary>
public sealed record RefuseEntry(Guid BookingId, string? Reason) : ICommand<Result<BookingDto>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.EntryRefused, BookingId.ToString(), new { reason = Reason });
}

public sealed class RefuseEntryValidator : AbstractValidator<RefuseEntry>
{
    public RefuseEntryValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithErrorCode("invalid-reason")
            .MaximumLength(Booking.MaxRefusalReasonLength).WithErrorCode("invalid-reason")
            .Must(r => r is null || !r.Any(char.IsControl)).WithErrorCode("invalid-reason")
            .WithMessage($"A reason is 1 to {Booking.MaxRefusalReasonLength} printable characters.");
}

public sealed class RefuseEntryHandler(IRepository<Booking> bookings, TimeProvider clock) : ICommandHandler<RefuseEntry, Result<BookingDto>>
{
    public async ValueTask<Result<BookingDto>> Handle(RefuseEntry command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var booking = await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(command.BookingId)), cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var refused = booking.RefuseEntry(command.Reason!, clock.GetUtcNow());
        return refused.IsSuccess ? booking.ToDto() : refused.Error;
    }
}
