using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Common.Ports;
using Seo.Application.Outbox.GetOutboxStatus;
using Seo.Application.Outbox.ReplayOutboxMessage;

namespace Seo.Application.Tests.Outbox;

public sealed class OutboxAdministrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly IOutboxAdministration _outbox = Substitute.For<IOutboxAdministration>();

    [Fact]
    public async Task The_lag_is_the_age_of_the_oldest_undelivered_event_by_the_application_clock()
    {
        _outbox.StatusAsync(GetOutboxStatusHandler.PoisonedShown, Arg.Any<CancellationToken>())
            .Returns(new OutboxStatus(12, 0, Now.AddSeconds(-42), []));

        var status = (await new GetOutboxStatusHandler(_outbox, new FakeTimeProvider(Now)).Handle(new GetOutboxStatus(), CancellationToken.None)).Value;

        status.Pending.ShouldBe(12);
        status.LagSeconds.ShouldBe(42);
    }

    [Fact]
    public async Task With_nothing_pending_there_is_no_lag()
    {
        _outbox.StatusAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(new OutboxStatus(0, 0, null, []));

        var status = (await new GetOutboxStatusHandler(_outbox, new FakeTimeProvider(Now)).Handle(new GetOutboxStatus(), CancellationToken.None)).Value;

        status.LagSeconds.ShouldBeNull();
    }

    [Theory]
    [InlineData(ReplayOutcome.NotPoisoned, "outbox-event-not-poisoned")]
    [InlineData(ReplayOutcome.NotFound, "outbox-event-not-found")]
    public async Task Only_a_poisoned_event_is_replayed(ReplayOutcome outcome, string code)
    {
        _outbox.ReplayAsync(7, Arg.Any<CancellationToken>()).Returns(outcome);

        var result = await new ReplayOutboxMessageHandler(_outbox).Handle(new ReplayOutboxMessage(7), CancellationToken.None);

        result.Error!.Code.ShouldBe(code);
    }

    [Fact]
    public async Task A_poisoned_event_is_replayed()
    {
        _outbox.ReplayAsync(7, Arg.Any<CancellationToken>()).Returns(ReplayOutcome.Replayed);

        var result = await new ReplayOutboxMessageHandler(_outbox).Handle(new ReplayOutboxMessage(7), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
    }
}
