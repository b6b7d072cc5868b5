using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Behaviours;
using Seo.Application.Crossings.Common;
using Seo.Application.Crossings.RecordAnprEvent;
using Seo.Application.Devices.Common;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Tests.Shared;

namespace Seo.Application.Tests.Crossings;

public sealed class RecordAnprEventHandlerTests
{
    private readonly FakeTimeProvider _clock = TestData.Clock();
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly List<Device> _devices = [];
    private readonly List<AnprEvent> _events = [];
    private readonly List<Booking> _bookings = [];
    private readonly Device _camera;

    public RecordAnprEventHandlerTests()
    {
        _camera = Device.Register(DeviceId.New(), "Entry 1", _dostyk.Id, CameraPoint.CheckpointEntry, CrossingDirection.Exit, TestData.Now).Value.Device;
        _devices.Add(_camera);
    }

    private readonly DeviceOptions _options = new();

    private RecordAnprEvent Read(string plate = TestData.Plate, Guid? id = null, double confidence = 0.97, string? checkpoint = null, CrossingDirection? direction = null) =>
        new(_camera.Id.Value, id ?? Guid.NewGuid(), TestData.Now.AddSeconds(-20), plate, confidence, "cam/1.jpg", direction, checkpoint);

    private Task<Result<AnprEventDto>> Handle(RecordAnprEvent command)
    {
        var events = Substitutes.Repository(_events);
        var recorder = new AnprReadRecorder(events, Substitutes.Repository(_bookings), Substitutes.Repository(new List<Checkpoint> { _dostyk }), JourneyPolicy.Default, _options, _clock);
        return new RecordAnprEventHandler(Substitutes.Repository(_devices), events, recorder).Handle(command, CancellationToken.None).AsTask();
    }

    [Fact]
    public async Task R30_a_read_of_a_booked_plate_is_matched_to_the_active_booking_at_that_checkpoint()
    {
        var booking = TestData.Confirmed(TestData.User(), _dostyk);
        _bookings.Add(booking);

        var dto = (await Handle(Read("123 АВС-02"))).ShouldSucceed();

        dto.Matched.ShouldBeTrue();
        dto.Plate.ShouldBe("123ABC02");
        dto.PlateAsRead.ShouldBe("123 АВС-02");
        dto.Checkpoint.ShouldBe("DOSTYK");
        dto.Point.ShouldBe(CameraPoint.CheckpointEntry);
        dto.Direction.ShouldBe(CrossingDirection.Exit);
        var recorded = _events.ShouldHaveSingleItem().DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        recorded.BookingId.ShouldBe(booking.Id.Value);
        recorded.BookingNumber.ShouldBe(booking.Number);
        recorded.Vin.ShouldBe(TestData.Vin);
    }

    [Fact]
    public async Task R10_an_unbooked_plate_is_still_recorded_as_unmatched()
    {
        var dto = (await Handle(Read("777XYZ01"))).ShouldSucceed();

        dto.Matched.ShouldBeFalse();
        _events.ShouldHaveSingleItem().DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem().BookingNumber.ShouldBeNull();
    }

    [Fact]
    public async Task R30_a_booking_at_another_checkpoint_or_no_longer_active_is_not_a_match()
    {
        var elsewhere = TestData.Confirmed(TestData.User(), Checkpoint.Create(
            CheckpointCode.Create("KHORGOS").Value, "Хоргос", "Khorgos", "CN", "Жетісу", "Zhetysu", "Asia/Almaty", CapacitySchedule.Default));
        var cancelled = TestData.Confirmed(TestData.User(), _dostyk, vin: TestData.OtherVin);
        cancelled.Cancel(TestData.Now).IsSuccess.ShouldBeTrue();
        _bookings.AddRange([elsewhere, cancelled]);

        (await Handle(Read())).ShouldSucceed().Matched.ShouldBeFalse();
    }

    [Fact]
    public async Task The_direction_is_the_device_s_unless_the_camera_says_otherwise()
    {
        (await Handle(Read())).ShouldSucceed().Direction.ShouldBe(CrossingDirection.Exit);
        (await Handle(Read(direction: CrossingDirection.Entry))).ShouldSucceed().Direction.ShouldBe(CrossingDirection.Entry);
    }

    [Fact]
    public async Task R10_a_replay_of_the_same_event_id_changes_nothing_and_says_it_was_identical()
    {
        var first = Read();
        (await Handle(first)).ShouldSucceed();

        var error = (await Handle(first)).ShouldFailWith("anpr-event-replayed");

        error.Details!["identical"].ShouldBe(true);
        _events.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task R10_a_replay_with_other_content_is_refused_and_says_it_differs()
    {
        var id = Guid.NewGuid();
        (await Handle(Read(id: id))).ShouldSucceed();

        var error = (await Handle(Read(id: id, confidence: 0.4))).ShouldFailWith("anpr-event-replayed");

        error.Details!["identical"].ShouldBe(false);
        _events.ShouldHaveSingleItem().Confidence.ShouldBe(0.97);
    }

    [Fact]
    public async Task R10_a_camera_may_not_report_for_another_checkpoint()
    {
        var error = (await Handle(Read(checkpoint: "KHORGOS"))).ShouldFailWith("device-other-checkpoint");

        error.Kind.ShouldBe(ErrorKind.Forbidden);
        _events.ShouldBeEmpty();
        (await Handle(Read(checkpoint: "dostyk"))).ShouldSucceed();
    }

    [Fact]
    public async Task R10_a_capture_time_ahead_of_the_server_s_clock_by_more_than_the_skew_is_422_device_clock_ahead_and_stores_nothing()
    {
        var booking = TestData.Confirmed(TestData.User(), _dostyk);
        _bookings.Add(booking);
        var status = booking.Status;

        var error = (await Handle(Read() with { CapturedAt = TestData.Now + _options.ClockSkew + TimeSpan.FromSeconds(1) })).ShouldFailWith(DeviceClock.AheadCode);

        error.Kind.ShouldBe(ErrorKind.Unprocessable);
        error.Details!["field"].ShouldBe("capturedAt");
        error.Details["serverTime"].ShouldBe(TestData.Now);
        _events.ShouldBeEmpty();
        booking.Status.ShouldBe(status);
        booking.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task R10_a_read_captured_longer_ago_than_the_configured_age_is_422_device_report_too_old_and_stores_nothing()
    {
        _options.MaxAnprEventAge = TimeSpan.FromHours(6);

        var error = (await Handle(Read() with { CapturedAt = TestData.Now - TimeSpan.FromHours(6) - TimeSpan.FromSeconds(1) })).ShouldFailWith(DeviceClock.TooOldCode);

        error.Kind.ShouldBe(ErrorKind.Unprocessable);
        error.Details!["field"].ShouldBe("capturedAt");
        _events.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_camera_clock_slightly_ahead_and_a_read_kept_through_a_week_long_outage_are_taken()
    {
        (await Handle(Read() with { CapturedAt = TestData.Now + _options.ClockSkew })).ShouldSucceed();
        (await Handle(Read() with { CapturedAt = TestData.Now - TimeSpan.FromDays(7) })).ShouldSucceed();

        _options.MaxAnprEventAge.ShouldBe(TimeSpan.FromDays(7));
        _events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task R10_a_resent_read_is_answered_as_a_replay_even_once_it_is_too_old_to_take()
    {
        var first = Read();
        (await Handle(first)).ShouldSucceed();
        _clock.Advance(_options.MaxAnprEventAge + TimeSpan.FromMinutes(1));

        (await Handle(first)).ShouldFailWith(AnprErrors.ReplayedCode).Details!["identical"].ShouldBe(true);
        _events.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_camera_revoked_after_it_authenticated_records_nothing()
    {
        _camera.Revoke(TestData.Now);

        (await Handle(Read())).ShouldFailWith("invalid-device-key").Kind.ShouldBe(ErrorKind.Unauthenticated);
        _events.ShouldBeEmpty();
    }
}

public sealed class RecordAnprEventValidatorTests
{
    private static RecordAnprEvent Valid() =>
        new(Guid.NewGuid(), Guid.NewGuid(), TestData.Now.AddMinutes(-1), "123ABC02", 0.9, null, null, null);

    private static DomainError? ErrorOf(RecordAnprEvent command)
    {
        var failures = new RecordAnprEventValidator().Validate(command).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<RecordAnprEvent, Result>.ToDomainError(failures);
    }

    [Fact]
    public void A_complete_read_is_valid() => ErrorOf(Valid()).ShouldBeNull();

    [Fact]
    public void A_capture_time_off_the_server_s_clock_is_well_formed_the_handler_refuses_it_with_422()
    {
        ErrorOf(Valid() with { CapturedAt = TestData.Now.AddDays(1) }).ShouldBeNull();
        ErrorOf(Valid() with { CapturedAt = TestData.Now.AddDays(-30) }).ShouldBeNull();
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "no event id", "required-field", "eventId" },
        { "empty event id", "invalid-event-id", "eventId" },
        { "no capture time", "required-field", "capturedAt" },
        { "captured in the year 1", "invalid-date", "capturedAt" },
        { "no plate", "invalid-plate", "plate" },
        { "a plate of symbols", "invalid-plate", "plate" },
        { "a plate too long", "invalid-plate", "plate" },
        { "no confidence", "required-field", "confidence" },
        { "confidence above 1", "invalid-confidence", "confidence" },
        { "negative confidence", "invalid-confidence", "confidence" },
        { "image reference with a control character", "invalid-image-reference", "imageReference" },
        { "image reference too long", "invalid-image-reference", "imageReference" },
        { "undefined direction", "invalid-direction", "direction" },
        { "malformed checkpoint", "invalid-checkpoint-code", "checkpoint" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Each_bad_field_is_named_with_its_code(string bad, string code, string field)
    {
        var command = bad switch
        {
            "no event id" => Valid() with { EventId = null },
            "empty event id" => Valid() with { EventId = Guid.Empty },
            "no capture time" => Valid() with { CapturedAt = null },
            "captured in the year 1" => Valid() with { CapturedAt = DateTimeOffset.MinValue },
            "no plate" => Valid() with { Plate = null },
            "a plate of symbols" => Valid() with { Plate = "12#4$" },
            "a plate too long" => Valid() with { Plate = new string('A', 40) },
            "no confidence" => Valid() with { Confidence = null },
            "confidence above 1" => Valid() with { Confidence = 1.01 },
            "negative confidence" => Valid() with { Confidence = -0.1 },
            "image reference with a control character" => Valid() with { ImageReference = "cam/\u0001.jpg" },
            "image reference too long" => Valid() with { ImageReference = new string('x', 501) },
            "undefined direction" => Valid() with { Direction = (CrossingDirection)42 },
            "malformed checkpoint" => Valid() with { Checkpoint = "DOS TYK!" },
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var error = ErrorOf(command).ShouldNotBeNull();

        error.Code.ShouldBe(code);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
    }
}
