using Seo.Domain.Bookings;
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
}
