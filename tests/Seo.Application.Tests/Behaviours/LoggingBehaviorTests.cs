using Microsoft.Extensions.Logging;
using Seo.Application.Common.Behaviours;
using Seo.Domain.Bookings;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Behaviours;

public sealed class LoggingBehaviorTests
{
    private readonly ListLogger<LoggingBehavior<DoSomething, Result<int>>> _logger = new();

    [Fact]
    public async Task A_success_passes_through_unchanged_and_is_logged_as_handled_at_debug_only()
    {
        var behavior = new LoggingBehavior<DoSomething, Result<int>>(_logger);

        var result = await behavior.Handle(new DoSomething(null), (_, _) => ValueTask.FromResult(Result<int>.Success(5)), CancellationToken.None);

        result.ShouldSucceed().ShouldBe(5);
        _logger.Messages.ShouldHaveSingleItem().ShouldStartWith("DoSomething handled in");
        _logger.Levels.ShouldBe([LogLevel.Debug]);
    }

    [Fact]
    public async Task A_failure_passes_through_unchanged_and_is_logged_with_its_code_and_rule()
    {
        var behavior = new LoggingBehavior<DoSomething, Result<int>>(_logger);

        var result = await behavior.Handle(new DoSomething(null), (_, _) => ValueTask.FromResult<Result<int>>(BookingErrors.VehicleHasActiveBooking), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.VehicleHasActiveBooking);
        _logger.Messages.ShouldHaveSingleItem().ShouldStartWith("DoSomething refused with vehicle-has-active-booking (R21)");
        _logger.Levels.ShouldBe([LogLevel.Information]);
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<string> Messages { get; } = [];

        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Messages.Add(formatter(state, exception));
            Levels.Add(logLevel);
        }
    }
}
