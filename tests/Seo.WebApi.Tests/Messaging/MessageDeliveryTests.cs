using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Messaging.Common;
using Seo.Domain.Alerts;
using Seo.Domain.Bookings.Events;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Checkpoints;
using Seo.Domain.Messaging;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Messaging;

/// <summary>
/// The delivery job's run (called as the job calls it, on the fake clock): each message sent once,
/// retried with capped back-off, given up after MaxAttempts — with an alert for call lists (R33) —
/// and the officers' backup channel used when the main one fails.
/// </summary>
public sealed class MessageDeliveryTests : IAsyncLifetime, IAsyncDisposable
{
    private const string DutyPhone = "+77010000001";
    private readonly CountingSenders _senders = new();
    private readonly SeoApiFactory _api;

    public MessageDeliveryTests() =>
        _api = new SeoApiFactory(
            new Dictionary<string, string?>
            {
                ["Seo:Messaging:MaxAttempts"] = "3",
                ["Seo:Messaging:FirstBackoff"] = "00:01:00",
                ["Seo:Messaging:MaxBackoff"] = "00:05:00",
                ["Seo:Messaging:Officers:Backup:DutyPhones:DOSTYK:0"] = DutyPhone,
            },
            services: _senders.Replace);

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private DateTimeOffset Now => _api.Clock.GetUtcNow();

    [Fact]
    public async Task R29_each_due_reminder_is_sent_once_and_keeps_its_receipt()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        await _api.DeliverAsync(new BookingReminded(journey, Now));

        (await _api.RunDeliveryAsync()).ShouldBe(2);
        (await _api.RunDeliveryAsync()).ShouldBe(0);
        _api.Clock.Advance(TimeSpan.FromHours(1));
        (await _api.RunDeliveryAsync()).ShouldBe(0);

        var messages = await _api.MessagesAsync(journey.BookingId);
        // No push provider outside sandbox mode: SMS to the owner and the driver.
        messages.Select(m => m.Channel).ShouldAllBe(c => c == MessageChannel.Sms);
        messages.ShouldAllBe(m => m.State == MessageState.Sent && m.ReceiptId == $"receipt-{m.Id.Value:N}" && m.Attempts.Count == 1);
        _senders.Sends.Values.ShouldAllBe(n => n == 1);
        _senders.Sends.Count.ShouldBe(2);
        // The provider receives the message id as its idempotency key.
        _senders.Received.Select(m => m.MessageId).ShouldBe(messages.Select(m => m.Id.Value), ignoreOrder: true);
    }

    [Fact]
    public async Task R34_a_failed_call_is_retried_after_its_back_off_and_not_before()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        await _api.DeliverAsync(new BookingCalled(journey, InWaitingZone: true, Now));
        _senders.Answer = _ => SendOutcome.Failure("HTTP 503");

        await _api.RunDeliveryAsync();
        var failedOnce = await _api.MessagesAsync(journey.BookingId);
        failedOnce.ShouldAllBe(m => m.State == MessageState.Pending && m.Attempts.Count == 1 && m.Attempts[0].Error == "HTTP 503");
        failedOnce.ShouldAllBe(m => m.NextAttemptAt == Now + TimeSpan.FromMinutes(1));

        _api.Clock.Advance(TimeSpan.FromSeconds(59));
        (await _api.RunDeliveryAsync()).ShouldBe(0);

        _api.Clock.Advance(TimeSpan.FromSeconds(1));
        await _api.RunDeliveryAsync();
        // The second failure doubles the wait.
        (await _api.MessagesAsync(journey.BookingId)).ShouldAllBe(m => m.Attempts.Count == 2 && m.NextAttemptAt == Now + TimeSpan.FromMinutes(2));

        _senders.Answer = m => SendOutcome.Accepted($"ok-{m.MessageId:N}");
        _api.Clock.Advance(TimeSpan.FromMinutes(2));
        await _api.RunDeliveryAsync();

        var sent = await _api.MessagesAsync(journey.BookingId);
        sent.ShouldAllBe(m => m.State == MessageState.Sent && m.Attempts.Count == 3 && m.Attempts[2].Succeeded);
        _senders.Sends.Values.ShouldAllBe(n => n == 3);
    }

    [Fact]
    public async Task R29_after_max_attempts_a_reminder_is_failed_and_no_longer_tried_and_raises_no_officers_alert()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        await _api.DeliverAsync(new BookingReminded(journey, Now));
        _senders.Answer = _ => SendOutcome.Failure("no route to provider");

        for (var run = 0; run < 6; run++)
        {
            await _api.RunDeliveryAsync();
            _api.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var messages = await _api.MessagesAsync(journey.BookingId);
        messages.ShouldAllBe(m => m.State == MessageState.Failed && m.Attempts.Count == 3 && m.FailedAt != null && m.NextAttemptAt == null);
        _senders.Sends.Values.ShouldAllBe(n => n == 3);
        (await _api.ReadStoreAsync(db => db.CheckpointAlerts.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task R33_when_the_main_channel_fails_the_call_list_goes_at_once_over_the_backup_channel_both_audited()
    {
        var issued = await IssueCallListAsync();
        _senders.Answer = m => m.Channel == MessageChannel.OfficersMain ? SendOutcome.Failure("console HTTP 502") : SendOutcome.Accepted($"sms-{m.MessageId:N}");

        await _api.RunDeliveryAsync();
        // The backup message was made by that run and is due at once.
        await _api.RunDeliveryAsync();

        var messages = await _api.MessagesAsync(issued.CallListId);
        var main = messages.Single(m => m.Channel == MessageChannel.OfficersMain);
        main.State.ShouldBe(MessageState.Pending);
        main.Attempts.ShouldHaveSingleItem().Error.ShouldBe("console HTTP 502");
        var backup = messages.Single(m => m.Channel == MessageChannel.OfficersBackup);
        backup.Destination.ShouldBe(DutyPhone);
        backup.Text.ShouldBe(main.Text);
        backup.State.ShouldBe(MessageState.Sent);
        backup.ReceiptId.ShouldBe($"sms-{backup.Id.Value:N}");

        // Further failures of the main channel make no second backup.
        _api.Clock.Advance(TimeSpan.FromMinutes(1));
        await _api.RunDeliveryAsync();
        (await _api.MessagesAsync(issued.CallListId)).Count(m => m.Channel == MessageChannel.OfficersBackup).ShouldBe(1);
    }

    [Fact]
    public async Task R33_a_main_channel_that_works_needs_no_backup()
    {
        var issued = await IssueCallListAsync();

        await _api.RunDeliveryAsync();
        await _api.RunDeliveryAsync();

        var message = (await _api.MessagesAsync(issued.CallListId)).ShouldHaveSingleItem();
        message.Channel.ShouldBe(MessageChannel.OfficersMain);
        message.State.ShouldBe(MessageState.Sent);
    }

    [Fact]
    public async Task R33_a_call_list_that_fails_on_every_attempt_of_both_channels_alerts_the_checkpoints_officers()
    {
        var issued = await IssueCallListAsync();
        _senders.Answer = _ => SendOutcome.Failure("down");

        for (var run = 0; run < 8; run++)
        {
            await _api.RunDeliveryAsync();
            _api.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var messages = await _api.MessagesAsync(issued.CallListId);
        messages.Select(m => m.Channel).ShouldBe([MessageChannel.OfficersMain, MessageChannel.OfficersBackup], ignoreOrder: true);
        messages.ShouldAllBe(m => m.State == MessageState.Failed && m.Attempts.Count == 3);
        var alerts = await _api.ReadStoreAsync(db => db.CheckpointAlerts.AsNoTracking().ToListAsync());
        alerts.Count.ShouldBe(2);
        alerts.ShouldAllBe(a => a.Kind == AlertKind.DeliveryFailed && a.Checkpoint.Value == "DOSTYK" && a.IsOpen);
        alerts.ShouldContain(a => a.Message.Contains("main channel", StringComparison.Ordinal) && a.Message.Contains("down", StringComparison.Ordinal));
        alerts.ShouldContain(a => a.Message.Contains(DutyPhone, StringComparison.Ordinal));
        // The alert goes to the officers' live view through the outbox.
        (await _api.ReadStoreAsync(db => db.OutboxMessages.CountAsync(m => m.Type == nameof(CheckpointAlertRaised)))).ShouldBe(2);
    }

    [Fact]
    public async Task R29_two_delivery_runs_in_parallel_against_SQLite_never_send_a_message_twice()
    {
        var journeys = new List<JourneyBooking>();
        for (var i = 0; i < 4; i++)
        {
            var (_, journey) = await _api.PaidBookingAsync($"{10 + i}:00");
            journeys.Add(journey);
            await _api.DeliverAsync(new BookingReminded(journey, Now));
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_api.RunDeliveryAsync)));

        runs.Sum().ShouldBe(8);
        _senders.Sends.Count.ShouldBe(8);
        _senders.Sends.Values.ShouldAllBe(n => n == 1);
        foreach (var journey in journeys)
        {
            (await _api.MessagesAsync(journey.BookingId)).ShouldAllBe(m => m.State == MessageState.Sent && m.Attempts.Count == 1);
        }
    }

    [Fact]
    public async Task R29_a_booking_s_messages_are_shown_to_its_owner_and_the_registrar_with_state_attempts_and_receipt_and_to_no_one_else()
    {
        var (carrier, journey) = await _api.PaidBookingAsync();
        await _api.DeliverAsync(new BookingReminded(journey, Now));
        await _api.RunDeliveryAsync();
        var path = $"/api/v1/bookings/{journey.BookingId}/messages";

        var owned = await carrier.Client.GetAsync(path);
        var list = JsonNode.Parse(await owned.Content.ReadAsStringAsync())!.AsArray();
        owned.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Count.ShouldBe(2);
        list.ShouldAllBe(m => m!.Str("kind") == "Reminder" && m.Str("state") == "Sent" && m.Str("channel") == "Sms");
        list[0]!.Str("receiptId").ShouldStartWith("receipt-");
        list[0]!["attempts"]!.AsArray().ShouldHaveSingleItem()!["succeeded"]!.GetValue<bool>().ShouldBeTrue();

        var registrar = await _api.RegistrarAsync();
        (await registrar.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stranger = await _api.CarrierAsync();
        await (await stranger.Client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "booking-not-found");
        using var anonymous = _api.CreateClient();
        (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<CallListIssued> IssueCallListAsync()
    {
        var (_, journey) = await _api.PaidBookingAsync();
        var list = CallList.Issue(CheckpointCode.Create("DOSTYK").Value, [journey], Now);
        var issued = (CallListIssued)list.DomainEvents.Single();
        await _api.DeliverAsync(issued);
        return issued;
    }
}
