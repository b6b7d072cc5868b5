using Seo.Application.Bookings.AnnulNoShows;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;
using Seo.Domain.Payments;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Messaging;

/// <summary>
/// From the journey's events to the cabinet notification and the messages, once per booking and
/// kind however often the outbox delivers the event (R29, R34, R35, R28, R33).
/// </summary>
public sealed class JourneyMessageTests : IAsyncLifetime, IAsyncDisposable
{
    private const string OwnerPhone = "+77011234567";
    private const string DriverPhone = "+77017654321";

    // Sandbox mode: every channel, push included, is in use (and only recorded).
    private readonly SeoApiFactory _api = new(new Dictionary<string, string?> { ["Seo:Sandbox:Enabled"] = "true" });

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private DateTimeOffset Now => _api.Clock.GetUtcNow();

    [Fact]
    public async Task R29_a_reminder_delivered_twice_makes_one_notification_and_one_message_per_phone_and_push()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        var reminded = new BookingReminded(journey, Now);

        await _api.DeliverAsync(reminded);
        await _api.DeliverAsync(reminded);
        // The same reminder raised again (a second instance's copy, a new event id) changes nothing either.
        await _api.DeliverAsync(new BookingReminded(journey, Now));

        var notification = (await _api.NotificationsAsync(journey.BookingId)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.Reminder);
        notification.Recipient.Value.ShouldBe(journey.Owner);
        notification.Text.ShouldContain(journey.Number);
        notification.Text.ShouldContain("Dostyk");
        // Checkpoint-local date and interval (10:00 at DOSTYK, UTC+5), whatever the server's zone.
        notification.Text.ShouldContain($"{MessagingHarness.Tomorrow:dd.MM.yyyy} 10:00-");
        notification.Text.ShouldContain("waiting zone");

        var messages = await _api.MessagesAsync(journey.BookingId);
        messages.Count.ShouldBe(3);
        messages.ShouldAllBe(m => m.Kind == MessageKind.Reminder && m.State == MessageState.Pending && m.Text == notification.Text);
        messages.Where(m => m.Channel == MessageChannel.Sms).Select(m => (m.Destination, m.Audience))
            .ShouldBe([(OwnerPhone, MessageAudience.Owner), (DriverPhone, MessageAudience.Driver)], ignoreOrder: true);
        messages.Single(m => m.Channel == MessageChannel.Push).Destination.ShouldBe($"account-{journey.Owner:N}");
    }

    [Fact]
    public async Task R34_a_call_delivered_twice_makes_one_call_notification_telling_the_driver_to_leave_the_waiting_zone()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        var called = new BookingCalled(journey, InWaitingZone: true, Now);

        await _api.DeliverAsync(called);
        await _api.DeliverAsync(called);

        var notification = (await _api.NotificationsAsync(journey.BookingId)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.Call);
        notification.Text.ShouldContain(journey.Plate);
        notification.Text.ShouldContain("Leave the waiting zone now");
        var messages = await _api.MessagesAsync(journey.BookingId);
        messages.Count.ShouldBe(3);
        messages.ShouldAllBe(m => m.Kind == MessageKind.Call);
    }

    [Fact]
    public async Task R29_R34_a_reminder_and_a_call_of_one_booking_are_separate_kinds_each_made_once()
    {
        var (_, journey) = await _api.PaidBookingAsync();

        await _api.DeliverAsync(new BookingReminded(journey, Now));
        await _api.DeliverAsync(new BookingCalled(journey, InWaitingZone: false, Now));

        (await _api.NotificationsAsync(journey.BookingId)).Select(n => n.Kind).ShouldBe([NotificationKind.Reminder, NotificationKind.Call], ignoreOrder: true);
        (await _api.NotificationsAsync(journey.BookingId)).Single(n => n.Kind == NotificationKind.Call).Text.ShouldContain("not yet registered in the waiting zone");
        (await _api.MessagesAsync(journey.BookingId)).Count.ShouldBe(6);
    }

    [Fact]
    public async Task R35_R28_a_no_show_annulled_by_the_sweep_reaches_the_owner_through_the_outbox_saying_the_fee_is_not_refunded()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        // The interval ends at 11:00; a no-show is annulled after the 30-minute grace (R35).
        _api.Clock.SetUtcNow(new DateTimeOffset(MessagingHarness.Tomorrow.ToDateTime(new TimeOnly(11, 30)), TimeSpan.FromHours(5)));

        (await _api.SendAsync(new AnnulNoShows())).Value.ShouldBe(1);
        await _api.DispatchOutboxAsync();
        await _api.DispatchOutboxAsync();

        var notification = (await _api.NotificationsAsync(journey.BookingId)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.Annulment);
        notification.Text.ShouldContain("did not arrive in its interval");
        notification.Text.ShouldContain("The fee is not refunded (R28)");
        (await _api.MessagesAsync(journey.BookingId)).ShouldAllBe(m => m.Kind == MessageKind.Annulment);
        (await _api.MessagesAsync(journey.BookingId)).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData(AnnulmentReason.LateArrival, "arrived at the checkpoint after its interval")]
    [InlineData(AnnulmentReason.LateDeparture, "did not leave the waiting zone in time")]
    public async Task R28_a_late_annulment_is_a_late_notice_once_saying_why_and_that_the_fee_is_not_refunded(AnnulmentReason reason, string why)
    {
        var (_, journey) = await _api.PaidBookingAsync();
        var annulled = Annulled(journey, reason);

        await _api.DeliverAsync(annulled);
        await _api.DeliverAsync(annulled);

        var notification = (await _api.NotificationsAsync(journey.BookingId)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.Late);
        notification.Text.ShouldContain(why);
        notification.Text.ShouldContain("The fee is not refunded (R28)");
        var messages = await _api.MessagesAsync(journey.BookingId);
        messages.Count.ShouldBe(3);
        messages.ShouldAllBe(m => m.Kind == MessageKind.Late);
    }

    [Fact]
    public async Task R33_a_call_list_delivered_twice_makes_one_message_for_the_officers_main_channel_in_queue_order()
    {
        var (_, first) = await _api.PaidBookingAsync("10:00");
        var (_, second) = await _api.PaidBookingAsync("11:00");
        var list = CallList.Issue(CheckpointCode.Create("DOSTYK").Value, [first, second], Now);
        var issued = (CallListIssued)list.DomainEvents.Single();

        await _api.DeliverAsync(issued);
        await _api.DeliverAsync(issued);

        var message = (await _api.MessagesAsync(list.Id)).ShouldHaveSingleItem();
        message.Kind.ShouldBe(MessageKind.CallList);
        message.Channel.ShouldBe(MessageChannel.OfficersMain);
        message.Audience.ShouldBe(MessageAudience.Officers);
        message.BookingId.ShouldBeNull();
        message.Destination.ShouldBe("DOSTYK");
        message.Text.IndexOf($"1. {first.Plate}", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        message.Text.IndexOf($"2. {second.Plate}", StringComparison.Ordinal).ShouldBeGreaterThan(message.Text.IndexOf($"1. {first.Plate}", StringComparison.Ordinal));
        // 09:00 at the checkpoint (UTC+5), in its own time.
        message.Text.ShouldContain($"{SeoApiFactory.Today:dd.MM.yyyy} 09:00");
    }

    private BookingAnnulled Annulled(JourneyBooking journey, AnnulmentReason reason) =>
        new(new BookingId(journey.BookingId), CheckpointCode.Create(journey.Checkpoint).Value,
            BookedInterval.FromStored(journey.Date, journey.Start, (int)(journey.EndsAt - journey.StartsAt).TotalMinutes, journey.StartsAt),
            Money.Kzt(8_650m), reason, journey, Now);
}
