using Seo.Application.Accounts.CreateStaffAccount;
using Seo.Application.Bookings.Create;
using Seo.Application.Common.Behaviours;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Behaviours;

/// <summary>Each rule of a validator reports the stable code clients switch on, not FluentValidation's own.</summary>
public sealed class ValidatorCodeTests
{
    private static DomainError CreateBookingError(CreateBooking command) =>
        ValidationBehavior<CreateBooking, Result>.ToDomainError(new CreateBookingValidator().Validate(command).Errors);

    [Fact]
    public void R16_4_driver_without_a_surname_is_invalid_name()
    {
        var command = TestData.Create() with { Drivers = [TestData.DriverInput() with { Surname = "" }] };

        var error = CreateBookingError(command);

        error.Code.ShouldBe("invalid-name");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["drivers[0].surname"]);
    }

    [Fact]
    public void R16_4_driver_without_a_document_number_is_invalid_document_number()
    {
        var driver = TestData.DriverInput();
        var command = TestData.Create() with { Drivers = [driver with { Document = driver.Document! with { Number = "" } }] };

        CreateBookingError(command).Code.ShouldBe("invalid-document-number");
    }

    [Fact]
    public void R16_2_more_than_five_drivers_is_drivers_required()
    {
        var command = TestData.Create() with { Drivers = [.. Enumerable.Repeat(TestData.DriverInput(), 6)] };

        CreateBookingError(command).Code.ShouldBe("drivers-required");
    }

    [Fact]
    public void Valid_booking_input_passes() => new CreateBookingValidator().Validate(TestData.Create()).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("short")]
    [InlineData("")]
    public void A_short_staff_password_is_a_weak_password(string password)
    {
        var failures = new CreateStaffAccountValidator().Validate(new CreateStaffAccount("officer@example.kz", Role.Officer, "Officer", password)).Errors;

        ValidationBehavior<CreateStaffAccount, Result>.ToDomainError(failures).Code.ShouldBe("weak-password");
    }

    [Fact]
    public void A_staff_account_without_a_password_gets_a_generated_one_and_passes()
    {
        new CreateStaffAccountValidator().Validate(new CreateStaffAccount("officer@example.kz", Role.Officer, "Officer", null)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Staff_display_name_is_a_required_field()
    {
        var failures = new CreateStaffAccountValidator().Validate(new CreateStaffAccount("officer@example.kz", Role.Officer, " ", null)).Errors;

        ValidationBehavior<CreateStaffAccount, Result>.ToDomainError(failures).Code.ShouldBe("required-field");
    }

    [Fact]
    public void Carriers_are_not_created_as_staff()
    {
        var failures = new CreateStaffAccountValidator().Validate(new CreateStaffAccount("officer@example.kz", Role.User, "Carrier", null)).Errors;

        ValidationBehavior<CreateStaffAccount, Result>.ToDomainError(failures).Code.ShouldBe("invalid-staff-role");
    }
}
