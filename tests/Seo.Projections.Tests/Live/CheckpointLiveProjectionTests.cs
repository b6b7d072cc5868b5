using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Application.Live;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Crossings;
using Seo.Domain.Devices;
using Seo.Domain.Payments;
using Seo.Projections.Live;
using static Seo.Projections.Tests.Live.LiveEntries;

namespace Seo.Projections.Tests.Live;

/// <summary>
/// The live projection fed with events serialised as the outbox writes them (web defaults, type =
/// class name), and the view composed from what it stored.
/// </summary>
public sealed class CheckpointLiveProjectionTests : IDisposable
{
    private static readonly JsonSerializerOptions OutboxJson = new(JsonSerializerDefaults.Web);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("UTC+05", Kazakhstan, "UTC+05", "UTC+05");

    private readonly FakeTimeProvider _clock = new(Morning.AddMinutes(1));
    private readonly InProcessCheckpointLiveReadModel _model;
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly LiveMetrics _metrics;
    private readonly CheckpointLiveProjection _projection;
    private long _sequence;

    public CheckpointLiveProjectionTests()
    {
        _model = new InProcessCheckpointLiveReadModel(_clock);
        _metrics = new LiveMetrics(_meters.GetRequiredService<IMeterFactory>());
        _projection = new CheckpointLiveProjection(_model, _metrics, _clock);
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _meters.Dispose();
    }

    private OutboxEnvelope Envelope(DomainEvent domainEvent, string aggregate = "Booking") => new(
        ++_sequence, domainEvent.EventId, domainEvent.GetType().Name, aggregate, "id", JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), OutboxJson), domainEvent.OccurredAt);

    private Task DeliverAsync(DomainEvent domainEvent) => _projection.HandleAsync(Envelope(domainEvent), CancellationToken.None);

    private async Task<CheckpointLiveDto> ViewAsync() => LiveView.Compose(Checkpoint, await _model.ReadAsync(Checkpoint, CancellationToken.None), Day, Zone);

    private static BookingProgressed Progressed(JourneyBooking booking, BookingStatus from, BookingStatus to, DateTimeOffset at) => new(booking, from, to, null, at);

    [Theory]
    [InlineData("BookingProgressed", true)]
    [InlineData("BookingCalled", true)]
    [InlineData("BookingAnnulled", true)]
    [InlineData("CheckpointAlertRaised", true)]
    [InlineData("CheckpointAlertAcknowledged", true)]
    [InlineData("DeviceHeartbeatReceived", true)]
    [InlineData("AnprEventRecorded", true)]
    [InlineData("SlotCountChanged", false)]
    [InlineData("BookingPaid", false)]
    public void R4_the_projection_takes_the_journey_alert_device_and_camera_events(string type, bool accepted) =>
        _projection.Accepts(type).ShouldBe(accepted);

    [Fact]
    public async Task R31_the_queue_is_by_interval_then_priority_then_sequence_and_an_early_arrival_waits_for_its_interval()
    {
        // Arrivals in this order: the 11:00 truck came first (early), then 10:00 ones.
        var early = Journey(1, start: "11:00");
        var plain = Journey(7, start: "10:00");
        var priority = Journey(9, start: "10:00", priority: true);
        var lowerSequence = Journey(3, start: "10:00");
        var arrivals = new[] { early, plain, priority, lowerSequence };
        for (var i = 0; i < arrivals.Length; i++)
        {
            await DeliverAsync(Progressed(arrivals[i], BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning.AddMinutes(i)));
        }

        var queue = (await ViewAsync()).Queue;

        queue.Select(v => v.BookingId).ShouldBe([priority.BookingId, lowerSequence.BookingId, plain.BookingId, early.BookingId]);
        queue.Select(v => v.QueuePlace).ShouldBe([1, 2, 3, 4]);
        queue.Select(v => v.BookingId).ShouldBe(arrivals.Order(QueueOrder.Instance).Select(b => b.BookingId));
    }

    [Fact]
    public async Task R4_a_redelivered_event_changes_nothing()
    {
        var progressed = Progressed(Journey(1), BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning);
        await DeliverAsync(progressed);
        var first = await _model.ReadAsync(Checkpoint, CancellationToken.None);

        await DeliverAsync(progressed);

        var second = await _model.ReadAsync(Checkpoint, CancellationToken.None);
        second.Position.ShouldBe(first.Position);
        second.Entries.ShouldBe(first.Entries);
    }

    [Fact]
    public async Task R4_events_out_of_order_keep_the_booking_s_newest_state()
    {
        var booking = Journey(1);
        await DeliverAsync(Progressed(booking, BookingStatus.Called, BookingStatus.AtCheckpoint, Morning.AddMinutes(20)));
        await DeliverAsync(new BookingCalled(booking, InWaitingZone: true, Morning.AddMinutes(10)));
        await DeliverAsync(Progressed(booking, BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning));

        var view = await ViewAsync();

        view.Queue.ShouldBeEmpty();
        view.Called.ShouldBeEmpty();
        var onTerritory = view.OnTerritory.ShouldHaveSingleItem();
        onTerritory.Status.ShouldBe("AtCheckpoint");
        onTerritory.CalledAt.ShouldBe(Morning.AddMinutes(10));
    }

    [Fact]
    public async Task R4_a_call_moves_a_vehicle_from_the_queue_to_the_called_and_a_crossing_counts_for_the_day()
    {
        var called = Journey(1);
        var crossed = Journey(2);
        await DeliverAsync(Progressed(called, BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning));
        await DeliverAsync(new BookingCalled(called, InWaitingZone: true, Morning.AddMinutes(1)));
        await DeliverAsync(Progressed(crossed, BookingStatus.AtCheckpoint, BookingStatus.Completed, Morning.AddMinutes(2)));
        await DeliverAsync(new BookingReminded(Journey(3), Morning.AddDays(-1)));

        var view = await ViewAsync();

        view.Queue.ShouldBeEmpty();
        view.Called.ShouldHaveSingleItem().BookingId.ShouldBe(called.BookingId);
        view.CrossedToday.Count.ShouldBe(1);
        view.CrossedToday.Last.ShouldHaveSingleItem().BookingId.ShouldBe(crossed.BookingId);
        view.Expected.ShouldHaveSingleItem().Status.ShouldBe("Confirmed");
    }

    [Fact]
    public async Task R4_an_annulled_or_cancelled_booking_leaves_the_view()
    {
        var annulled = Journey(1);
        var cancelled = Journey(2);
        await DeliverAsync(Progressed(annulled, BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning));
        await DeliverAsync(new BookingReminded(cancelled, Morning.AddDays(-1)));
        await DeliverAsync(new BookingAnnulled(
            new BookingId(annulled.BookingId), Seo.Domain.Checkpoints.CheckpointCode.Create(Checkpoint).Value, null!, Money.Zero, AnnulmentReason.LateDeparture, annulled, Morning.AddMinutes(5)));
        var cancellation = new BookingCancelled(
            new BookingId(cancelled.BookingId), Seo.Domain.Checkpoints.CheckpointCode.Create(Checkpoint).Value, null!, false, Money.Zero, Money.Zero, Morning.AddMinutes(6));
        await DeliverAsync(cancellation);

        var view = await ViewAsync();

        view.Queue.ShouldBeEmpty();
        view.Expected.ShouldBeEmpty();
    }

    [Fact]
    public async Task R4_alerts_stay_open_until_acknowledged_even_when_the_acknowledgement_comes_first()
    {
        var device = Guid.NewGuid();
        var silent = new CheckpointAlertRaised(Guid.NewGuid(), Checkpoint, AlertKind.DeviceSilent, "Camera silent", device, null, null, Morning);
        var refused = new CheckpointAlertRaised(Guid.NewGuid(), Checkpoint, AlertKind.EntryRefused, "No booking", null, "777XYZ02", null, Morning);
        await DeliverAsync(new CheckpointAlertAcknowledged(refused.AlertId, Checkpoint, "officer@seo", Morning.AddMinutes(1)));
        await DeliverAsync(refused);
        await DeliverAsync(silent);
        await DeliverAsync(new DeviceHeartbeatReceived(device, Checkpoint, DeviceKind.AnprCamera, PowerSource.Battery, 290, Morning.AddMinutes(-20), Morning.AddMinutes(-20)));

        var view = await ViewAsync();

        view.OpenAlerts.ShouldHaveSingleItem().AlertId.ShouldBe(silent.AlertId);
        var status = view.Devices.ShouldHaveSingleItem();
        (status.Silent, status.Power, status.AutonomyMinutes).ShouldBe((true, "Battery", 290));
    }

    [Fact]
    public async Task R4_camera_reads_are_listed_latest_first()
    {
        var first = new AnprEventRecorded(Guid.NewGuid(), Guid.NewGuid(), Checkpoint, CameraPoint.WaitingZoneEntry, CrossingDirection.Exit, "001ABC02", 0.9, null, Morning, null, null, null, ReadOutcome.NoBooking, Morning);
        var second = first with { AnprEventId = Guid.NewGuid(), CapturedAt = Morning.AddMinutes(1), Outcome = ReadOutcome.Advanced };
        await DeliverAsync(first);
        await DeliverAsync(second);

        (await ViewAsync()).RecentReads.Select(r => (r.ReadId, r.Outcome)).ShouldBe([(second.AnprEventId, "Advanced"), (first.AnprEventId, "NoBooking")]);
    }

    [Fact]
    public async Task R4_the_lag_from_an_event_to_its_application_is_kept_with_the_view_and_measured()
    {
        var recorded = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LiveMetrics.MeterName && instrument.Name == "seo.live.projection.lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => recorded.Add(value));
        listener.Start();

        // The clock stands at 09:01: an event of 09:00:58.500 is applied 1.5 s after it happened.
        await DeliverAsync(Progressed(Journey(1), BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning.AddSeconds(58.5)));

        (await ViewAsync()).LagMilliseconds.ShouldBe(1500);
        recorded.ShouldBe([1500]);
    }

    [Fact]
    public async Task R4_the_first_event_of_a_day_trims_what_earlier_days_left()
    {
        var old = Journey(1, date: Day.AddDays(-3));
        await DeliverAsync(Progressed(old, BookingStatus.AtCheckpoint, BookingStatus.Completed, Morning.AddDays(-3)));
        var stillWaiting = Journey(2, date: Day.AddDays(-3));
        await DeliverAsync(Progressed(stillWaiting, BookingStatus.Confirmed, BookingStatus.InWaitingZone, Morning.AddDays(-3)));

        _clock.Advance(TimeSpan.FromDays(1));
        await DeliverAsync(Progressed(Journey(3, date: Day.AddDays(1)), BookingStatus.Confirmed, BookingStatus.InWaitingZone, _clock.GetUtcNow()));

        var kept = (await _model.ReadAsync(Checkpoint, CancellationToken.None)).Entries.OfType<LiveVehicle>().Select(v => v.BookingId);
        kept.ShouldNotContain(old.BookingId);
        kept.ShouldContain(stillWaiting.BookingId);
    }
}
