using Seo.Domain.Alerts;
using Seo.Domain.Barriers;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;

namespace Seo.Application.Tests.Barriers;

/// <summary>R11, R30: a camera read decides the barrier at its point, in the read's transaction.</summary>
public sealed class BarrierOnCameraReadTests
{
    private static AnprEventRecorded Read(Device camera, ReadOutcome outcome, Guid? booking = null, string? number = null, CrossingDirection direction = CrossingDirection.Exit) =>
        new(Guid.NewGuid(), camera.Id.Value, camera.Checkpoint.Value, camera.Point, direction, TestData.Plate, 0.97, null, TestData.Now.AddSeconds(-5),
            booking, number, booking is null ? null : TestData.Vin, outcome, TestData.Now);

    /// <summary>Stands for the read's aggregate: the unit of work reacts to the events it raised.</summary>
    private sealed class Raised(IDomainEvent domainEvent) : IHasDomainEvents
    {
        private readonly List<IDomainEvent> _events = [domainEvent];

        public IReadOnlyList<IDomainEvent> DomainEvents => _events;

        public void ClearDomainEvents() => _events.Clear();
    }

    [Fact]
    public async Task R11_an_advanced_read_opens_every_barrier_at_its_checkpoint_and_point_for_its_direction()
    {
        await using var world = new BarrierWorld();
        var camera = world.Add(DeviceKind.AnprCamera);
        var lane1 = world.Add(DeviceKind.Barrier);
        var lane2 = world.Add(DeviceKind.Barrier);
        world.Add(DeviceKind.Barrier, CameraPoint.WaitingZoneExit);
        world.Add(DeviceKind.Barrier, direction: CrossingDirection.Entry);
        world.Add(DeviceKind.Barrier, checkpoint: "BAKHTY");
        world.Add(DeviceKind.Barrier).Revoke(TestData.Now);
        var booking = Guid.NewGuid();
        var read = Read(camera, ReadOutcome.Advanced, booking, "DOSTYK-20261125-0007");

        await world.SaveAsync(new Raised(read));

        world.Commands.Select(c => c.BarrierId).ShouldBe([lane1.Id, lane2.Id], ignoreOrder: true);
        world.Commands.ShouldAllBe(c => c.Action == BarrierAction.Open && c.State == BarrierCommandState.Pending);
        var command = world.Commands[0];
        command.Source.ShouldBe(BarrierCommandSource.System);
        command.IssuedBy.ShouldBe("system");
        command.Plate.ShouldBe(TestData.Plate);
        command.BookingId!.Value.Value.ShouldBe(booking);
        command.BookingNumber.ShouldBe("DOSTYK-20261125-0007");
        command.AnprEventId.ShouldBe(read.AnprEventId);
        command.Reason.ShouldContain("DOSTYK-20261125-0007 admitted");
        world.Alerts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ReadOutcome.NoBooking, AlertKind.EntryRefused)]
    [InlineData(ReadOutcome.NotPaid, AlertKind.EntryRefused)]
    [InlineData(ReadOutcome.Late, AlertKind.EntryRefused)]
    [InlineData(ReadOutcome.TooEarly, AlertKind.EntryRefused)]
    [InlineData(ReadOutcome.Repeated, AlertKind.EntryRefused)]
    [InlineData(ReadOutcome.OutOfOrder, AlertKind.OutOfOrderRead)]
    public async Task R30_a_refused_read_at_a_barrier_issues_no_command_and_alerts_the_officers_once(ReadOutcome outcome, AlertKind kind)
    {
        await using var world = new BarrierWorld();
        var camera = world.Add(DeviceKind.AnprCamera);
        world.Add(DeviceKind.Barrier);
        world.Add(DeviceKind.Barrier);
        var booking = outcome == ReadOutcome.NoBooking ? (Guid?)null : Guid.NewGuid();

        await world.SaveAsync(new Raised(Read(camera, outcome, booking, booking is null ? null : "DOSTYK-20261125-0003")));

        world.Commands.ShouldBeEmpty();
        var alert = world.Alerts.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(kind);
        alert.Checkpoint.Value.ShouldBe("DOSTYK");
        alert.Plate.ShouldBe(TestData.Plate);
        alert.BookingId?.Value.ShouldBe(booking!.Value);
        (alert.BookingId is null).ShouldBe(booking is null);
        alert.DeviceId.ShouldBe(camera.Id.Value);
        alert.Message.ShouldContain("barrier stays shut");
    }

    [Theory]
    [InlineData(ReadOutcome.Advanced)]
    [InlineData(ReadOutcome.NoBooking)]
    public async Task R11_a_read_where_no_barrier_stands_issues_nothing_and_alerts_nobody(ReadOutcome outcome)
    {
        await using var world = new BarrierWorld();
        var camera = world.Add(DeviceKind.AnprCamera, CameraPoint.BorderLine);
        world.Add(DeviceKind.Barrier, CameraPoint.CheckpointEntry);
        world.Add(DeviceKind.AnprCamera, CameraPoint.BorderLine);

        await world.SaveAsync(new Raised(Read(camera, outcome, outcome == ReadOutcome.Advanced ? Guid.NewGuid() : null)));

        world.Commands.ShouldBeEmpty();
        world.Alerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task R11_a_read_that_moves_nothing_by_design_neither_opens_nor_alerts()
    {
        await using var world = new BarrierWorld();
        var camera = world.Add(DeviceKind.AnprCamera);
        world.Add(DeviceKind.Barrier);

        await world.SaveAsync(new Raised(Read(camera, ReadOutcome.Observed, Guid.NewGuid())));

        world.Commands.ShouldBeEmpty();
        world.Alerts.ShouldBeEmpty();
    }
}
