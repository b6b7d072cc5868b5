using FluentValidation;
using Seo.Application.Bookings.Create;
using Seo.Application.Common.Validation;

namespace Seo.Application.Bookings.Reschedule;

public sealed class RescheduleBookingValidator : AbstractValidator<RescheduleBooking>
{
    public RescheduleBookingValidator()
    {
        RuleFor(c => c.Date).Required().PlausibleDate();
        RuleFor(c => c.Start).NotEmpty().WithErrorCode("invalid-start")
            .Must(start => CreateBookingValidator.TryParseStart(start, out _))
            .WithErrorCode("invalid-start")
            .WithMessage("'start' is a checkpoint-local time HH:mm, e.g. 14:00.");
    }
}
