using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Behaviours;
using Seo.Application.Crossings.Common;
using Seo.Application.Crossings.RecordManualRead;
using Seo.Application.Devices.Common;
using Seo.Domain.Accounts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Tests.Shared;

namespace Seo.Application.Tests.Crossings;

/// <summary>R10: an officer enters a plate by hand for a camera that could not read it; the read takes the camera read's path.</summary>
public sealed class RecordManualReadHandlerTests
{
    private const string Reason = "entry camera down since 08:40, plate read at the gate";

    private readonly FakeTimeProvider _clock = TestData.Clock();
    private readonly Checkpoint _dostyk = TestData.Dostyk();
    private readonly List<Checkpoint> _checkpoints = [];
    private readonly List<Device> _devices = [];
    private readonly List<AnprEvent> _events = [];
    private readonly List<Booking> _bookings = [];
    private readonly DeviceOptions _options = new();
    private readonly AccountId _officer = AccountId.New();
    private readonly Device _camera;

    public RecordManualReadHandlerTests()
    {
        _checkpoints.Add(_dostyk);
        _camera = Register(CameraPoint.WaitingZoneEntry, DeviceKind.AnprCamera);
    }

    private Device Register(CameraPoint point, DeviceKind kind)
    {
        var device = Device.Register(DeviceId.New(), $"{kind} at {point}", _dostyk.Id, point, CrossingDirection.Exit, TestData.Now, kind).Value.Device;
        _devices.Add(device);
        return device;
    }

    private RecordManualRead Entry(Guid? id = null, string plate = "123 АВС-02", DateTimeOffset? capturedAt = null, string reason = Reason, Device? camera = null) =>
        new((camera ?? _camera).Id.Value, id ?? Guid.NewGuid(), plate, capturedAt, reason);

    private Task<Result<RecordedManualRead>> Handle(RecordManualRead command, AccountId? officer = null, bool signedIn = true)
    {
        var events = Substitutes.Repository(_events);
        var checkpoints = Substitutes.Repository(_checkpoints);
        var recorder = new AnprReadRecorder(events, Substitutes.Repository(_bookings), checkpoints, JourneyPolicy.Default, _options, _clock);
        var user = Substitutes.CurrentUser(signedIn ? officer ?? _officer : null, Role.Officer);
        return new RecordManualReadHandler(Substitutes.Repository(_devices), events, checkpoints, recorder, user, _clock)
            .Handle(command, CancellationToken.None).AsTask();
    }

    /// <summary>A paid booking whose interval starts in an hour: a zone-entry read now admits it.</summary>
    private Booking ExpectedWithinTheHour()
    {
        var booking = TestData.Confirmed(TestData.User(), _dostyk);
        _bookings.Add(booking);
        _clock.SetUtcNow(booking.Interval.StartsAt.AddHours(-1));
        return booking;
    }

    [Fact]
    public async Task R10_a_read_by_hand_moves_the_booking_like_the_camera_s_read_would()
    {
        var booking = ExpectedWithinTheHour();

        var answer = (await Handle(Entry())).ShouldSucceed();

        answer.Created.ShouldBeTrue();
        answer.Read.Outcome.ShouldBe(ReadOutcome.Advanced);
        answer.Read.Matched.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
        var recorded = _events.ShouldHaveSingleItem().DomainEvents.OfType<AnprEventRecorded>().ShouldHaveSingleItem();
        (recorded.BookingId, recorded.Outcome, recorded.Point, recorded.DeviceId).ShouldBe((booking.Id.Value, ReadOutcome.Advanced, CameraPoint.WaitingZoneEntry, _camera.Id.Value));
    }

    [Fact]
    public async Task R10_a_read_by_hand_records_who_entered_it_and_why_at_full_confidence_and_the_server_s_time_by_default()
    {
        var dto = (await Handle(Entry(reason: "  " + Reason + " "))).ShouldSucceed().Read;

        dto.Manual.ShouldBeTrue();
        dto.EnteredBy.ShouldBe(_officer.Value);
        dto.ManualReason.ShouldBe(Reason);
        dto.Confidence.ShouldBe(1d);
        dto.ImageReference.ShouldBeNull();
        (dto.Plate, dto.PlateAsRead).ShouldBe(("123ABC02", "123 АВС-02"));
        (dto.Checkpoint, dto.Point, dto.Direction).ShouldBe(("DOSTYK", CameraPoint.WaitingZoneEntry, CrossingDirection.Exit));
        dto.CapturedAt.ShouldBe(TestData.Now);
        dto.Outcome.ShouldBe(ReadOutcome.NoBooking);
        var stored = _events.ShouldHaveSingleItem();
        (stored.EnteredBy, stored.ManualReason).ShouldBe((_officer.Value, Reason));
    }

    [Fact]
    public async Task R10_the_same_entry_sent_again_is_one_read_answered_as_stored()
    {
        var booking = ExpectedWithinTheHour();
        var entry = Entry();
        var first = (await Handle(entry)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromMinutes(3));

        var again = (await Handle(entry)).ShouldSucceed();

        again.Created.ShouldBeFalse();
        again.Read.ShouldBe(first.Read);
        _events.ShouldHaveSingleItem();
        booking.Status.ShouldBe(BookingStatus.InWaitingZone);
    }

    [Fact]
    public async Task R10_another_entry_under_a_used_event_id_is_409_and_changes_nothing()
    {
        var id = Guid.NewGuid();
        (await Handle(Entry(id))).ShouldSucceed();

        (await Handle(Entry(id, plate: "777XYZ01"))).ShouldFailWith(AnprErrors.ReplayedCode).Details!["identical"].ShouldBe(false);
        (await Handle(Entry(id), officer: AccountId.New())).ShouldFailWith(AnprErrors.ReplayedCode);
        (await Handle(Entry(id, reason: "another reason"))).ShouldFailWith(AnprErrors.ReplayedCode);

        _events.ShouldHaveSingleItem().Plate.Value.ShouldBe("123ABC02");
    }

    [Fact]
    public async Task R10_only_an_existing_unrevoked_ANPR_camera_of_an_existing_checkpoint_can_be_named()
    {
        var barrier = Register(CameraPoint.WaitingZoneEntry, DeviceKind.Barrier);
        var revoked = Register(CameraPoint.CheckpointEntry, DeviceKind.AnprCamera);
        revoked.Revoke(TestData.Now);

        (await Handle(Entry() with { DeviceId = Guid.NewGuid() })).ShouldFailWith("device-not-found").Kind.ShouldBe(ErrorKind.NotFound);
        (await Handle(Entry(camera: barrier))).ShouldFailWith(AnprErrors.NotAnAnprCameraCode).Kind.ShouldBe(ErrorKind.Conflict);
        (await Handle(Entry(camera: revoked))).ShouldFailWith("device-revoked").Kind.ShouldBe(ErrorKind.Conflict);
        _checkpoints.Clear();
        (await Handle(Entry())).ShouldFailWith("checkpoint-not-found").Kind.ShouldBe(ErrorKind.NotFound);

        _events.ShouldBeEmpty();
    }

    [Fact]
    public async Task R10_a_time_too_far_ahead_or_too_old_is_422_as_for_a_camera_and_stores_nothing()
    {
        var booking = ExpectedWithinTheHour();
        var now = _clock.GetUtcNow();

        var ahead = (await Handle(Entry(capturedAt: now + _options.ClockSkew + TimeSpan.FromSeconds(1)))).ShouldFailWith(DeviceClock.AheadCode);
        var old = (await Handle(Entry(capturedAt: now - _options.MaxAnprEventAge - TimeSpan.FromSeconds(1)))).ShouldFailWith(DeviceClock.TooOldCode);

        (ahead.Kind, old.Kind).ShouldBe((ErrorKind.Unprocessable, ErrorKind.Unprocessable));
        ahead.Details!["field"].ShouldBe("capturedAt");
        _events.ShouldBeEmpty();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task Without_a_signed_in_officer_nothing_is_recorded()
    {
        (await Handle(Entry(), signedIn: false)).ShouldFailWith("not-signed-in").Kind.ShouldBe(ErrorKind.Unauthenticated);

        _events.ShouldBeEmpty();
    }
}

public sealed class RecordManualReadValidatorTests
{
    private static RecordManualRead Valid() => new(Guid.NewGuid(), Guid.NewGuid(), "123ABC02", null, "camera down");

    private static DomainError? ErrorOf(RecordManualRead command)
    {
        var failures = new RecordManualReadValidator().Validate(command).Errors;
        return failures.Count == 0 ? null : ValidationBehavior<RecordManualRead, Result>.ToDomainError(failures);
    }

    [Fact]
    public void An_entry_with_an_id_a_plate_and_a_reason_is_valid_and_the_time_may_be_left_to_the_server() =>
        ErrorOf(Valid()).ShouldBeNull();

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "no event id", "required-field", "eventId" },
        { "empty event id", "invalid-event-id", "eventId" },
        { "no plate", "invalid-plate", "plate" },
        { "a plate of symbols", "invalid-plate", "plate" },
        { "a plate too long", "invalid-plate", "plate" },
        { "captured in the year 1", "invalid-date", "capturedAt" },
        { "no reason", "required-field", "reason" },
        { "a blank reason", "invalid-reason", "reason" },
        { "a reason too long", "invalid-reason", "reason" },
        { "a reason with a control character", "invalid-reason", "reason" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void R10_each_bad_field_of_an_entry_is_named_with_its_code(string bad, string code, string field)
    {
        var command = bad switch
        {
            "no event id" => Valid() with { EventId = null },
            "empty event id" => Valid() with { EventId = Guid.Empty },
            "no plate" => Valid() with { Plate = null },
            "a plate of symbols" => Valid() with { Plate = "12#4$" },
            "a plate too long" => Valid() with { Plate = new string('A', 40) },
            "captured in the year 1" => Valid() with { CapturedAt = DateTimeOffset.MinValue },
            "no reason" => Valid() with { Reason = null },
            "a blank reason" => Valid() with { Reason = "   " },
            "a reason too long" => Valid() with { Reason = new string('x', ManualRead.MaxReasonLength + 1) },
            "a reason with a control character" => Valid() with { Reason = "camera\u0007down" },
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };

        var error = ErrorOf(command).ShouldNotBeNull();

        error.Code.ShouldBe(code);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
    }
}
