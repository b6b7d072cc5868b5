using FluentValidation;
using Mediator;
using Seo.Application.Bookings.Create;
using Seo.Application.Common.Behaviours;
using Seo.Application.Common.Validation;
using Seo.Domain.Common;
using Seo.Domain.Vehicles;

namespace Seo.Application.Tests.Behaviours;

public sealed class ValidationBehaviorTests
{
    private int _nextCalls;

    private sealed class DoSomethingValidator : AbstractValidator<DoSomething>
    {
        public DoSomethingValidator() => RuleFor(c => c.Vin).MustBe(Vin.Create);
    }

    private MessageHandlerDelegate<TMessage, TResponse> Next<TMessage, TResponse>(TResponse response)
        where TMessage : notnull, IMessage =>
        (_, _) =>
        {
            _nextCalls++;
            return ValueTask.FromResult(response);
        };

    [Fact]
    public async Task Invalid_input_fails_with_the_shared_code_and_a_field_map_and_never_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<DoSomething, Result<int>>([new DoSomethingValidator()]);

        var result = await behavior.Handle(new DoSomething("TOO-SHORT"), Next<DoSomething, Result<int>>(Result<int>.Success(1)), CancellationToken.None);

        var error = result.ShouldFailWith("invalid-vin");
        error.Kind.ShouldBe(ErrorKind.Validation);
        error.Errors.ShouldNotBeNull()["vin"].ShouldHaveSingleItem().ShouldContain("17");
        _nextCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Valid_input_reaches_the_handler_and_its_answer_is_returned()
    {
        var behavior = new ValidationBehavior<DoSomething, Result<int>>([new DoSomethingValidator()]);

        var result = await behavior.Handle(new DoSomething(TestData.Vin), Next<DoSomething, Result<int>>(Result<int>.Success(42)), CancellationToken.None);

        result.ShouldSucceed().ShouldBe(42);
        _nextCalls.ShouldBe(1);
    }

    [Fact]
    public async Task Nested_booking_input_is_reported_by_its_camel_case_path()
    {
        var behavior = new ValidationBehavior<CreateBooking, Result<Application.Bookings.Common.BookingDto>>([new CreateBookingValidator()]);
        var command = TestData.Create(vin: "1M8GDM9AXKP04278O");

        var result = await behavior.Handle(command, Next<CreateBooking, Result<Application.Bookings.Common.BookingDto>>(default), CancellationToken.None);

        result.ShouldFailWith("invalid-vin").Errors.ShouldNotBeNull().Keys.ShouldBe(["vehicle.vin"]);
        _nextCalls.ShouldBe(0);
    }

    [Fact]
    public async Task Different_problems_share_no_code_and_become_validation_failed()
    {
        var behavior = new ValidationBehavior<CreateBooking, Result<Application.Bookings.Common.BookingDto>>([new CreateBookingValidator()]);
        var command = TestData.Create(vin: "short") with { Checkpoint = "no such code!" };

        var result = await behavior.Handle(command, Next<CreateBooking, Result<Application.Bookings.Common.BookingDto>>(default), CancellationToken.None);

        var error = result.ShouldFailWith("validation-failed");
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["checkpoint", "vehicle.vin"], ignoreOrder: true);
        _nextCalls.ShouldBe(0);
    }

    [Fact]
    public async Task R16_1_a_booking_needs_either_an_interval_or_first_free_but_not_both()
    {
        var behavior = new ValidationBehavior<CreateBooking, Result<Application.Bookings.Common.BookingDto>>([new CreateBookingValidator()]);
        var both = TestData.Create() with { FirstFreeFrom = TestData.Now };

        var result = await behavior.Handle(both, Next<CreateBooking, Result<Application.Bookings.Common.BookingDto>>(default), CancellationToken.None);

        result.ShouldFailWith("interval-required");
        _nextCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_plain_result_carries_the_failure_too()
    {
        var validator = new InlineValidator<DoSomethingPlain>();
        validator.RuleFor(c => c).Must(_ => false).WithErrorCode("always-wrong").WithMessage("Always wrong.");
        var behavior = new ValidationBehavior<DoSomethingPlain, Result>([validator]);

        var result = await behavior.Handle(new DoSomethingPlain(), Next<DoSomethingPlain, Result>(Result.Success()), CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Code.ShouldBe("always-wrong");
        _nextCalls.ShouldBe(0);
    }
}
