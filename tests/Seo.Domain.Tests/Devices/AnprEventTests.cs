using Seo.Domain.Bookings;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Vehicles;

namespace Seo.Domain.Tests.Devices;

public sealed class AnprEventTests
{
    private static readonly DateTimeOffset Captured = new(2026, 11, 25, 8, 59, 30, TimeSpan.FromHours(5));

    private static AnprReading Reading(string plate = "А 123 ВС-02", double confidence = 0.93) =>
        new(plate, PlateNumber.Create(plate).Value, confidence, "s3://cameras/1.jpg", Captured.AddTicks(7), CrossingDirection.Exit);

    [Fact]
    public void R10_a_read_is_kept_with_its_plate_normalised_and_the_camera_s_checkpoint_and_point()
    {
        var (device, _) = DeviceTests.Camera();
        var id = Guid.NewGuid();

        var anpr = AnprEvent.Record(id, device, Reading(), null, ReadOutcome.NoBooking, Captured.AddMinutes(1));

        anpr.Id.ShouldBe(id);
        anpr.Plate.Value.ShouldBe("A123BC02");
        anpr.PlateAsRead.ShouldBe("А 123 ВС-02");
        anpr.Checkpoint.ShouldBe(device.Checkpoint);
        anpr.Point.ShouldBe(CameraPoint.CheckpointEntry);
        anpr.Matched.ShouldBeFalse();
        var recorded = anpr.DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        recorded.AnprEventId.ShouldBe(id);
        recorded.BookingId.ShouldBeNull();
    }

    [Fact]
    public void R30_a_read_matched_to_a_booking_records_the_booking_s_id_number_and_vin()
    {
        var (device, _) = DeviceTests.Camera();
        var match = new BookingMatch(BookingId.New(), "DOSTYK-20261125-0001", "1M8GDM9AXKP042788");

        var anpr = AnprEvent.Record(Guid.NewGuid(), device, Reading(), match, ReadOutcome.Observed, Captured);

        anpr.Matched.ShouldBeTrue();
        anpr.BookingNumber.ShouldBe(match.Number);
        var recorded = anpr.DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        (recorded.BookingId, recorded.BookingNumber, recorded.Vin).ShouldBe((match.BookingId.Value, match.Number, match.Vin));
    }

    [Fact]
    public void The_capture_time_is_kept_to_the_microsecond_so_a_replay_compares_equal_on_every_store()
    {
        var (device, _) = DeviceTests.Camera();

        var anpr = AnprEvent.Record(Guid.NewGuid(), device, Reading(), null, ReadOutcome.NoBooking, Captured);

        anpr.CapturedAt.ShouldBe(Captured);
        anpr.HasSameContent(device.Id, Reading()).ShouldBeTrue();
    }

    [Fact]
    public void A_replay_that_says_something_else_is_not_the_same_content()
    {
        var (device, _) = DeviceTests.Camera();
        var anpr = AnprEvent.Record(Guid.NewGuid(), device, Reading(), null, ReadOutcome.NoBooking, Captured);

        anpr.HasSameContent(device.Id, Reading(confidence: 0.5)).ShouldBeFalse();
        anpr.HasSameContent(device.Id, Reading(plate: "A123BC03")).ShouldBeFalse();
        anpr.HasSameContent(DeviceId.New(), Reading()).ShouldBeFalse();
    }

    [Fact]
    public void A_replay_error_says_whether_the_content_was_identical()
    {
        AnprErrors.Replayed(true).Details!["identical"].ShouldBe(true);
        AnprErrors.Replayed(false).Details!["identical"].ShouldBe(false);
        AnprErrors.Replayed(true).Code.ShouldBe("anpr-event-replayed");
    }

    private static readonly Guid Officer = Guid.Parse("5b1f0c2e-8a54-4f59-9a63-0d6f4b7c1e21");

    private static ManualRead ByHand(Device camera, string plate = "А 123 ВС-02", string reason = "  camera lens iced over  ") =>
        ManualRead.For(camera, plate, Captured, Officer, reason).ShouldSucceed();

    [Fact]
    public void R10_a_read_entered_by_hand_is_kept_in_the_camera_s_name_as_manual_with_who_entered_it_why_and_full_confidence()
    {
        var (camera, _) = DeviceTests.Camera();
        var match = new BookingMatch(BookingId.New(), "DOSTYK-20261125-0001", "1M8GDM9AXKP042788");

        var anpr = AnprEvent.RecordManual(Guid.NewGuid(), camera, ByHand(camera), match, ReadOutcome.Advanced, Captured.AddMinutes(1));

        anpr.Manual.ShouldBeTrue();
        anpr.EnteredBy.ShouldBe(Officer);
        anpr.ManualReason.ShouldBe("camera lens iced over");
        anpr.Confidence.ShouldBe(1d);
        anpr.ImageReference.ShouldBeNull();
        (anpr.DeviceId, anpr.Checkpoint, anpr.Point, anpr.Direction).ShouldBe((camera.Id, camera.Checkpoint, camera.Point, camera.Direction));
        (anpr.PlateAsRead, anpr.Plate.Value, anpr.CapturedAt).ShouldBe(("А 123 ВС-02", "A123BC02", Captured));
        anpr.BookingNumber.ShouldBe(match.Number);
        var recorded = anpr.DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        (recorded.EnteredBy, recorded.ManualReason, recorded.Confidence, recorded.Outcome).ShouldBe((Officer, "camera lens iced over", 1d, ReadOutcome.Advanced));
    }

    [Fact]
    public void A_camera_s_own_read_names_no_officer_and_no_reason()
    {
        var (device, _) = DeviceTests.Camera();

        var anpr = AnprEvent.Record(Guid.NewGuid(), device, Reading(), null, ReadOutcome.NoBooking, Captured);

        anpr.Manual.ShouldBeFalse();
        (anpr.EnteredBy, anpr.ManualReason).ShouldBe((null, null));
        var recorded = anpr.DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        (recorded.EnteredBy, recorded.ManualReason).ShouldBe((null, null));
    }

    [Fact]
    public void R10_a_read_by_hand_stands_in_only_for_an_unrevoked_plate_reading_camera()
    {
        var barrier = Device.Register(DeviceId.New(), "Gate", CheckpointCode.Create("DOSTYK").Value, CameraPoint.CheckpointEntry, CrossingDirection.Exit, Captured, DeviceKind.Barrier).Value.Device;
        var (revoked, _) = DeviceTests.Camera();
        revoked.Revoke(Captured);

        var notACamera = ManualRead.For(barrier, "123ABC02", Captured, Officer, "camera down").ShouldFailWith("device-not-an-anpr-camera");
        var outOfService = ManualRead.For(revoked, "123ABC02", Captured, Officer, "camera down").ShouldFailWith("device-revoked");

        (notACamera.Kind, notACamera.Rule).ShouldBe((ErrorKind.Conflict, "R10"));
        outOfService.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("lens\u0000iced")]
    public void R10_a_read_by_hand_says_why_in_printable_text(string? reason)
    {
        var (camera, _) = DeviceTests.Camera();

        ManualRead.For(camera, "123ABC02", Captured, Officer, reason)
            .ShouldFailWith("invalid-reason").Kind.ShouldBe(ErrorKind.Validation);
    }

    [Fact]
    public void R10_the_reason_is_kept_trimmed_and_at_most_500_characters_long()
    {
        var (camera, _) = DeviceTests.Camera();
        var longest = new string('x', ManualRead.MaxReasonLength);

        ManualRead.For(camera, "123ABC02", Captured, Officer, $"  {longest}  ").ShouldSucceed().Reason.ShouldBe(longest);
        ManualRead.For(camera, "123ABC02", Captured, Officer, longest + "x").ShouldFailWith("invalid-reason");
    }

    [Fact]
    public void A_read_by_hand_needs_a_plate()
    {
        var (camera, _) = DeviceTests.Camera();

        ManualRead.For(camera, "#!", Captured, Officer, "camera down").ShouldFailWith("invalid-plate");
        ManualRead.For(camera, "12" + new string(' ', AnprEvent.MaxPlateAsReadLength) + "AB", Captured, Officer, "camera down").ShouldFailWith("invalid-plate");
    }

    [Fact]
    public void A_resend_of_a_read_by_hand_is_the_same_only_for_the_same_camera_plate_officer_reason_and_any_time_it_gives()
    {
        var (camera, _) = DeviceTests.Camera();
        var anpr = AnprEvent.RecordManual(Guid.NewGuid(), camera, ByHand(camera), null, ReadOutcome.NoBooking, Captured);

        anpr.HasSameManualContent(camera.Id, " А 123 ВС-02 ", Captured.AddTicks(7), Officer, "camera lens iced over").ShouldBeTrue();
        // Without a time the first request took the server's: a resend cannot repeat it, and does not have to.
        anpr.HasSameManualContent(camera.Id, "А 123 ВС-02", null, Officer, "camera lens iced over").ShouldBeTrue();
        anpr.HasSameManualContent(camera.Id, "А 123 ВС-02", Captured.AddMinutes(1), Officer, "camera lens iced over").ShouldBeFalse();
        anpr.HasSameManualContent(camera.Id, "A123BC03", null, Officer, "camera lens iced over").ShouldBeFalse();
        anpr.HasSameManualContent(camera.Id, "А 123 ВС-02", null, Guid.NewGuid(), "camera lens iced over").ShouldBeFalse();
        anpr.HasSameManualContent(camera.Id, "А 123 ВС-02", null, Officer, "another reason").ShouldBeFalse();
        anpr.HasSameManualContent(DeviceId.New(), "А 123 ВС-02", null, Officer, "camera lens iced over").ShouldBeFalse();
    }

    [Fact]
    public void A_camera_read_and_a_read_by_hand_never_replay_one_another()
    {
        var (camera, _) = DeviceTests.Camera();
        var manual = ByHand(camera);
        var byHand = AnprEvent.RecordManual(Guid.NewGuid(), camera, manual, null, ReadOutcome.NoBooking, Captured);
        var byCamera = AnprEvent.Record(Guid.NewGuid(), camera, Reading(), null, ReadOutcome.NoBooking, Captured);

        byHand.HasSameContent(camera.Id, manual.Reading).ShouldBeFalse();
        byCamera.HasSameManualContent(camera.Id, "А 123 ВС-02", null, Officer, "camera lens iced over").ShouldBeFalse();
    }

    [Fact]
    public void A_read_by_hand_is_stored_only_for_the_camera_it_was_entered_for()
    {
        var (camera, _) = DeviceTests.Camera();
        var (other, _) = DeviceTests.Camera("Entry camera 2");

        Should.Throw<ArgumentException>(() => AnprEvent.RecordManual(Guid.NewGuid(), other, ByHand(camera), null, ReadOutcome.NoBooking, Captured));
    }
}
