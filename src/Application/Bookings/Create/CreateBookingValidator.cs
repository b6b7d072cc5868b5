using System.Globalization;
using FluentValidation;
using Seo.Application.Common.Validation;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Identity;
using Seo.Domain.Vehicles;

namespace Seo.Application.Bookings.Create;

public sealed class CreateBookingValidator : AbstractValidator<CreateBooking>
{
    public CreateBookingValidator()
    {
        RuleFor(c => c.Checkpoint).MustBe(CheckpointCode.Create);
        RuleFor(c => c)
            .Must(c => (c.Date is not null && c.Start is not null && c.FirstFreeFrom is null)
                || (c.FirstFreeFrom is not null && c.Date is null && c.Start is null))
            .WithName("date")
            .WithErrorCode("interval-required")
            .WithMessage("Give either 'date' and 'start' of an interval, or 'firstFreeFrom' for the first free interval (R16.1).");
        RuleFor(c => c.Start)
            .Must(start => TryParseStart(start, out _))
            .When(c => c.Start is not null)
            .WithErrorCode("invalid-start")
            .WithMessage("'start' is a checkpoint-local time HH:mm, e.g. 14:00.");
        RuleFor(c => c.Date).PlausibleDate();
        RuleFor(c => c.FirstFreeFrom).PlausibleInstant();
        RuleFor(c => c.Priority).IsInEnum().WithErrorCode("invalid-priority");
        RuleFor(c => c.OnBehalfOf).NotEqual(Guid.Empty).WithErrorCode("invalid-value").WithMessage("'onBehalfOf' is an organisation's account id.");
        RuleFor(c => c.Vehicle).Required().SetValidator(new VehicleInputValidator()!);
        // No separate "required" rule: a missing list is the same R16.2 problem as an empty one, with one code.
        RuleFor(c => c.Drivers)
            .Must(d => d is { Count: > 0 and <= Booking.MaxDrivers })
            .WithErrorCode("drivers-required")
            .WithMessage($"Name one to {Booking.MaxDrivers} trusted drivers (R16.2).");
        RuleForEach(c => c.Drivers).SetValidator(new DriverInputValidator());
        RuleFor(c => c.Cargo).SetValidator(new CargoInputValidator()!).When(c => c.Cargo is not null);
    }

    /// <summary>The start of validated input; the validator has already refused anything else.</summary>
    public static TimeOnly ParseStart(string? start) =>
        TryParseStart(start, out var time) ? time : throw new ArgumentException("Start was not validated.", nameof(start));

    public static bool TryParseStart(string? start, out TimeOnly time) =>
        TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private sealed class CargoInputValidator : AbstractValidator<CargoInput>
    {
        public CargoInputValidator()
        {
            RuleFor(c => c.CustomsDeclaration).Must(BeAReference).When(c => c.CustomsDeclaration is not null)
                .WithErrorCode("invalid-reference")
                .WithMessage($"A declaration number is 1 to {Domain.Bookings.Cargo.MaxReferenceLength} letters, digits, '/', '-' or '.'.");
            RuleFor(c => c.VeterinaryCertificate).Must(BeAReference).When(c => c.VeterinaryCertificate is not null)
                .WithErrorCode("invalid-reference")
                .WithMessage($"A certificate number is 1 to {Domain.Bookings.Cargo.MaxReferenceLength} letters, digits, '/', '-' or '.'.");
            RuleFor(c => c.VeterinaryCertificate).NotNull()
                .When(c => c.UnderVeterinaryOrPhytosanitaryControl == true)
                .WithErrorCode("certificate-required")
                .WithMessage("Goods under veterinary or phytosanitary control travel with a certificate (R18.15).");
        }

        private static bool BeAReference(string? reference) =>
            reference is { Length: > 0 } text
            && text.Trim().Length is > 0 and <= Domain.Bookings.Cargo.MaxReferenceLength
            && text.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.');
    }

    private sealed class VehicleInputValidator : AbstractValidator<VehicleInput>
    {
        public VehicleInputValidator()
        {
            RuleFor(v => v.Kind).Required().IsInEnum().WithErrorCode("invalid-value");
            RuleFor(v => v.CountryOfRegistration).MustBe(CountryCode.Create);
            RuleFor(v => v.Plate).MustBe(PlateNumber.Create);
            RuleFor(v => v.TrailerPlate).MustBe(PlateNumber.Create).When(v => v.TrailerPlate is not null);
            RuleFor(v => v.Vin).MustBe(Vin.Create);
        }
    }

    private sealed class DriverInputValidator : AbstractValidator<DriverInput>
    {
        public DriverInputValidator()
        {
            RuleFor(d => d.Residency).Required().IsInEnum().WithErrorCode("invalid-value");
            RuleFor(d => d.Surname).NotEmpty().WithErrorCode("invalid-name").MaximumLength(100).WithErrorCode("invalid-name");
            RuleFor(d => d.GivenName).NotEmpty().WithErrorCode("invalid-name").MaximumLength(100).WithErrorCode("invalid-name");
            RuleFor(d => d.Patronymic).MaximumLength(100).WithErrorCode("invalid-name");
            RuleFor(d => d.DateOfBirth).Required();
            RuleFor(d => d.Phone).MustBe(PhoneNumber.Create);
            RuleFor(d => d.Email).MustBe(EmailAddress.Create);
            RuleFor(d => d.Document).Required().SetValidator(new DocumentInputValidator()!);
        }
    }

    private sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
    {
        public DocumentInputValidator()
        {
            RuleFor(d => d.Type).Required().IsInEnum().WithErrorCode("invalid-value");
            RuleFor(d => d.IssuingCountry).MustBe(CountryCode.Create);
            RuleFor(d => d.Number)
                .NotEmpty().WithErrorCode("invalid-document-number")
                .MaximumLength(IdentityDocument.MaxNumberLength).WithErrorCode("invalid-document-number")
                .Must(n => n is null || n.All(char.IsAsciiLetterOrDigit))
                .WithErrorCode("invalid-document-number").WithMessage("A document number is 1 to 30 Latin letters and digits.");
            RuleFor(d => d.ExpiresOn).Required();
        }
    }
}
