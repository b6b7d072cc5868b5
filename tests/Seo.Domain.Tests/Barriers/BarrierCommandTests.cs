using Seo.Domain.Barriers;
using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;

namespace Seo.Domain.Tests.Barriers;

/// <summary>R11: a barrier command's state machine — issued, delivered, acknowledged, requeued, failed.</summary>
public sealed class BarrierCommandTests
{
    private static readonly DateTimeOffset Now = TestData.Now;
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    internal static Device Barrier(DeviceKind kind = DeviceKind.Barrier) =>
        Device.Register(DeviceId.New(), "Entry barrier", CheckpointCode.Create("DOSTYK").Value, CameraPoint.CheckpointEntry, CrossingDirection.Exit, Now, kind).Value.Device;

    private static BarrierCommand Open(Device? barrier = null) =>
        BarrierCommand.Issue(barrier ?? Barrier(), BarrierAction.Open, BarrierIssuer.System, "booking DOSTYK-20261201-0007 admitted", Now,
            "123ABC02", new BookingId(Guid.NewGuid()), "DOSTYK-20261201-0007", Guid.NewGuid()).Value;

    [Fact]
    public void R11_an_issued_command_waits_to_be_collected_and_keeps_who_why_plate_and_booking()
    {
        var barrier = Barrier();
        var officer = Guid.NewGuid();

        var command = BarrierCommand.Issue(
            barrier, BarrierAction.Close, BarrierIssuer.Console(officer, "officer@seo.test"), "  truck stopped for inspection ", Now, "123ABC02").Value;

        command.State.ShouldBe(BarrierCommandState.Pending);
        command.BarrierId.ShouldBe(barrier.Id);
        command.Checkpoint.ShouldBe(barrier.Checkpoint);
        command.Point.ShouldBe(CameraPoint.CheckpointEntry);
        command.Source.ShouldBe(BarrierCommandSource.Console);
        command.IssuedBy.ShouldBe("officer@seo.test");
        command.IssuedByAccountId.ShouldBe(officer);
        command.Reason.ShouldBe("truck stopped for inspection");
        command.DeliveryAttempts.ShouldBe(0);
        var issued = command.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<BarrierCommandIssued>();
        issued.Action.ShouldBe(BarrierAction.Close);
        issued.IssuedBy.ShouldBe("officer@seo.test");
        issued.Plate.ShouldBe("123ABC02");
    }

    [Fact]
    public void R11_only_an_unrevoked_barrier_takes_commands_and_a_reason_is_printable()
    {
        BarrierCommand.Issue(Barrier(DeviceKind.AnprCamera), BarrierAction.Open, BarrierIssuer.System, "why", Now).Error!.Code.ShouldBe("device-not-a-barrier");
        var revoked = Barrier();
        revoked.Revoke(Now);
        BarrierCommand.Issue(revoked, BarrierAction.Open, BarrierIssuer.System, "why", Now).Error!.Code.ShouldBe("device-revoked");
        BarrierCommand.Issue(Barrier(), BarrierAction.Open, BarrierIssuer.System, "   ", Now).Error!.Code.ShouldBe("invalid-barrier-reason");
        BarrierCommand.Issue(Barrier(), BarrierAction.Open, BarrierIssuer.System, "line\nbreak", Now).Error!.Code.ShouldBe("invalid-barrier-reason");
        BarrierCommand.Issue(Barrier(), BarrierAction.Open, BarrierIssuer.System, new string('x', 501), Now).Error!.Code.ShouldBe("invalid-barrier-reason");
    }

    [Fact]
    public void R11_a_delivery_counts_an_attempt_and_a_delivered_command_is_not_delivered_again_until_requeued()
    {
        var command = Open();

        command.Deliver(Now.AddSeconds(1)).ShouldBeTrue();
        command.Deliver(Now.AddSeconds(2)).ShouldBeFalse();

        command.State.ShouldBe(BarrierCommandState.Delivered);
        command.DeliveryAttempts.ShouldBe(1);
        command.LastDeliveredAt.ShouldBe(Now.AddSeconds(1));
        command.DomainEvents.OfType<BarrierCommandDelivered>().ShouldHaveSingleItem().Attempt.ShouldBe(1);
    }

    [Fact]
    public void R11_acknowledging_twice_with_the_same_outcome_is_one_effect_and_a_contradicting_answer_is_refused()
    {
        var command = Open();
        command.Deliver(Now);

        command.Acknowledge(BarrierAckOutcome.Done, null, Now.AddSeconds(2)).Value.ShouldBeTrue();
        command.Acknowledge(BarrierAckOutcome.Done, "again", Now.AddSeconds(3)).Value.ShouldBeFalse();
        var contradiction = command.Acknowledge(BarrierAckOutcome.Failed, "jammed", Now.AddSeconds(4));

        contradiction.Error!.Code.ShouldBe("barrier-command-acknowledged");
        command.State.ShouldBe(BarrierCommandState.Acknowledged);
        command.AcknowledgedAt.ShouldBe(Now.AddSeconds(2));
        command.AckOutcome.ShouldBe(BarrierAckOutcome.Done);
        command.AckDetail.ShouldBeNull();
        command.DomainEvents.OfType<BarrierCommandAcknowledged>().ShouldHaveSingleItem();
    }

    [Fact]
    public void R11_a_command_never_delivered_cannot_be_acknowledged()
    {
        Open().Acknowledge(BarrierAckOutcome.Done, null, Now).Error!.Code.ShouldBe("barrier-command-not-delivered");
    }

    [Fact]
    public void R11_an_unacknowledged_delivery_is_requeued_after_the_timeout_then_fails_after_the_last_attempt_once()
    {
        var command = Open();
        var at = Now;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            command.Deliver(at).ShouldBeTrue();
            command.Sweep(at + AckTimeout - TimeSpan.FromMilliseconds(1), AckTimeout, maxAttempts: 3).ShouldBe(BarrierSweepOutcome.Unchanged);
            at += AckTimeout;
            var outcome = command.Sweep(at, AckTimeout, maxAttempts: 3);
            outcome.ShouldBe(attempt < 3 ? BarrierSweepOutcome.Requeued : BarrierSweepOutcome.Failed);
        }

        command.State.ShouldBe(BarrierCommandState.Failed);
        command.DeliveryAttempts.ShouldBe(3);
        command.FailedAt.ShouldBe(at);
        command.Sweep(at + TimeSpan.FromHours(1), AckTimeout, 3).ShouldBe(BarrierSweepOutcome.Unchanged);
        command.Deliver(at + TimeSpan.FromHours(1)).ShouldBeFalse();
        command.DomainEvents.OfType<BarrierCommandRequeued>().Count().ShouldBe(2);
        command.DomainEvents.OfType<BarrierCommandFailed>().ShouldHaveSingleItem().Attempts.ShouldBe(3);
    }

    [Fact]
    public void R11_a_command_the_barrier_never_collects_fails_after_the_timeout_times_the_attempts()
    {
        var command = Open();

        command.Sweep(Now + (AckTimeout * 3) - TimeSpan.FromSeconds(1), AckTimeout, 3).ShouldBe(BarrierSweepOutcome.Unchanged);
        command.Sweep(Now + (AckTimeout * 3), AckTimeout, 3).ShouldBe(BarrierSweepOutcome.Failed);

        command.State.ShouldBe(BarrierCommandState.Failed);
        command.DeliveryAttempts.ShouldBe(0);
        command.FailureReason!.ShouldContain("not collected");
    }

    [Fact]
    public void R11_a_late_answer_to_a_failed_command_is_kept_and_marked_as_after_the_failure()
    {
        var command = Open();
        command.Deliver(Now);
        command.Sweep(Now + AckTimeout, AckTimeout, maxAttempts: 1).ShouldBe(BarrierSweepOutcome.Failed);

        command.Acknowledge(BarrierAckOutcome.Done, null, Now + (AckTimeout * 2)).Value.ShouldBeTrue();

        command.State.ShouldBe(BarrierCommandState.Acknowledged);
        command.DomainEvents.OfType<BarrierCommandAcknowledged>().ShouldHaveSingleItem().AfterFailure.ShouldBeTrue();
    }

    [Fact]
    public void R11_a_requeued_command_acknowledged_from_its_earlier_delivery_is_acknowledged()
    {
        var command = Open();
        command.Deliver(Now);
        command.Sweep(Now + AckTimeout, AckTimeout, 3).ShouldBe(BarrierSweepOutcome.Requeued);

        command.Acknowledge(BarrierAckOutcome.Failed, "obstructed", Now + AckTimeout + TimeSpan.FromSeconds(1)).Value.ShouldBeTrue();

        command.State.ShouldBe(BarrierCommandState.Acknowledged);
        command.AckOutcome.ShouldBe(BarrierAckOutcome.Failed);
        command.AckDetail.ShouldBe("obstructed");
        command.Deliver(Now + (AckTimeout * 2)).ShouldBeFalse();
    }
}
