using Seo.Application.Barriers.Sweep;
using Seo.Domain.Alerts;
using Seo.Domain.Barriers;
using Seo.Domain.Devices;

namespace Seo.Application.Tests.Barriers;

/// <summary>R11: the retry sweep, driven by a fake clock — no sleeps.</summary>
public sealed class SweepBarrierCommandsTests
{
    private static async Task<int> SweepAsync(BarrierWorld world)
    {
        var swept = (await new SweepBarrierCommandsHandler(world.CommandRepository, world.Options, world.Clock)
            .Handle(new SweepBarrierCommands(), CancellationToken.None)).ShouldSucceed();
        await world.SaveAsync();
        return swept;
    }

    private static BarrierCommand Issue(BarrierWorld world, Device barrier)
    {
        var command = BarrierCommand.Issue(barrier, BarrierAction.Open, BarrierIssuer.System, "booking admitted", world.Clock.GetUtcNow(), TestData.Plate).Value;
        world.Commands.Add(command);
        return command;
    }

    [Fact]
    public async Task R11_an_unacknowledged_command_is_delivered_again_after_the_timeout_then_fails_and_alerts_the_officers_once()
    {
        await using var world = new BarrierWorld();
        var barrier = world.Add(DeviceKind.Barrier);
        var command = Issue(world, barrier);
        await world.SaveAsync();

        for (var attempt = 1; attempt <= world.Options.MaxAttempts; attempt++)
        {
            command.Deliver(world.Clock.GetUtcNow()).ShouldBeTrue();
            world.Clock.Advance(world.Options.AckTimeout - TimeSpan.FromSeconds(1));
            (await SweepAsync(world)).ShouldBe(0);
            command.State.ShouldBe(BarrierCommandState.Delivered);

            world.Clock.Advance(TimeSpan.FromSeconds(1));
            (await SweepAsync(world)).ShouldBe(1);
            command.State.ShouldBe(attempt < world.Options.MaxAttempts ? BarrierCommandState.Pending : BarrierCommandState.Failed);
            world.Alerts.Count.ShouldBe(attempt < world.Options.MaxAttempts ? 0 : 1);
        }

        var alert = world.Alerts.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(AlertKind.BarrierUnacknowledged);
        alert.DeviceId.ShouldBe(barrier.Id.Value);
        alert.Plate.ShouldBe(TestData.Plate);

        // Later sweeps leave the failed command, and its alert, alone.
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        (await SweepAsync(world)).ShouldBe(0);
        (await SweepAsync(world)).ShouldBe(0);
        world.Alerts.ShouldHaveSingleItem();
        command.DeliveryAttempts.ShouldBe(world.Options.MaxAttempts);
    }

    [Fact]
    public async Task R11_an_acknowledged_command_is_never_retried_or_alerted()
    {
        await using var world = new BarrierWorld();
        var command = Issue(world, world.Add(DeviceKind.Barrier));
        command.Deliver(world.Clock.GetUtcNow());
        command.Acknowledge(BarrierAckOutcome.Done, null, world.Clock.GetUtcNow().AddSeconds(1));
        await world.SaveAsync();

        world.Clock.Advance(TimeSpan.FromHours(1));
        (await SweepAsync(world)).ShouldBe(0);

        command.State.ShouldBe(BarrierCommandState.Acknowledged);
        world.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task R11_a_command_an_offline_barrier_never_collects_fails_with_an_alert()
    {
        await using var world = new BarrierWorld();
        var command = Issue(world, world.Add(DeviceKind.Barrier));
        await world.SaveAsync();

        world.Clock.Advance(world.Options.AckTimeout * world.Options.MaxAttempts);
        (await SweepAsync(world)).ShouldBe(1);

        command.State.ShouldBe(BarrierCommandState.Failed);
        world.Alerts.ShouldHaveSingleItem().Kind.ShouldBe(AlertKind.BarrierUnacknowledged);
    }

    [Fact]
    public async Task R11_a_barrier_reporting_it_could_not_open_alerts_the_officers_once()
    {
        await using var world = new BarrierWorld();
        var command = Issue(world, world.Add(DeviceKind.Barrier));
        command.Deliver(world.Clock.GetUtcNow());

        command.Acknowledge(BarrierAckOutcome.Failed, "arm jammed", world.Clock.GetUtcNow()).ShouldSucceed();
        await world.SaveAsync();
        command.Acknowledge(BarrierAckOutcome.Failed, "arm jammed", world.Clock.GetUtcNow()).ShouldSucceed();
        await world.SaveAsync();

        var alert = world.Alerts.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(AlertKind.BarrierFault);
        alert.Message.ShouldContain("arm jammed");
    }
}
