using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Seo.Application.Common.Ports;
using Seo.Application.Messaging.Common;
using Seo.Application.Messaging.CreateJourneyMessages;
using Seo.Application.Messaging.Deliver;
using Seo.Domain.Bookings;
using Seo.Domain.Bookings.Journey;
using Seo.Domain.Common;
using Seo.Domain.Messaging;
using Seo.Domain.Notifications;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Messaging;

/// <summary>
/// Providers that count what they receive, per message id, and answer as the test says: every
/// channel's port is replaced by one of them.
/// </summary>
public sealed class CountingSenders : ISmsSender, IPushSender, IOfficersConsoleSender
{
    private readonly ConcurrentDictionary<Guid, int> _sends = new();
    private readonly ConcurrentQueue<OutgoingMessage> _received = new();

    /// <summary>What the provider answers; accepted with a receipt by default.</summary>
    public Func<OutgoingMessage, SendOutcome> Answer { get; set; } = m => SendOutcome.Accepted($"receipt-{m.MessageId:N}");

    public IReadOnlyDictionary<Guid, int> Sends => _sends;

    public IReadOnlyList<OutgoingMessage> Received => [.. _received];

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        _sends.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
        _received.Enqueue(message);
        // Lets a parallel run interleave here, between the claim and the record.
        await Task.Yield();
        return Answer(message);
    }

    public void Replace(IServiceCollection services)
    {
        services.RemoveAll<ISmsSender>();
        services.RemoveAll<IPushSender>();
        services.RemoveAll<IOfficersConsoleSender>();
        services.AddSingleton<ISmsSender>(this);
        services.AddSingleton<IPushSender>(this);
        services.AddSingleton<IOfficersConsoleSender>(this);
    }
}

/// <summary>Helpers that hand journey events to the messaging projection and run the delivery, as the outbox and the job do.</summary>
internal static class MessagingHarness
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);
    private static long _sequence = 1_000_000;

    public static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    /// <summary>A paid booking of a new carrier for tomorrow 10:00 at DOSTYK, and its journey values.</summary>
    public static async Task<(Session Carrier, JourneyBooking Journey)> PaidBookingAsync(this SeoApiFactory api, string start = "10:00")
    {
        var carrier = await api.CarrierAsync();
        var booking = await carrier.PayAsync(await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, start)));
        var journey = await api.JourneyAsync(Guid.Parse(booking.Str("id")));
        return (carrier, journey);
    }

    public static Task<JourneyBooking> JourneyAsync(this SeoApiFactory api, Guid booking) =>
        api.ReadStoreAsync(async db => (await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == new BookingId(booking))).ToJourney());

    /// <summary>Delivers one event to the messaging projection, serialised as the outbox stores it.</summary>
    public static async Task DeliverAsync(this SeoApiFactory api, IDomainEvent domainEvent)
    {
        var envelope = new OutboxEnvelope(
            Interlocked.Increment(ref _sequence),
            domainEvent.EventId,
            domainEvent.GetType().Name,
            "Booking",
            Guid.NewGuid().ToString(),
            JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), EventJson),
            domainEvent.OccurredAt);
        await using var scope = api.Services.CreateAsyncScope();
        var projection = scope.ServiceProvider.GetServices<IOutboxHandler>().OfType<JourneyMessagesProjection>().Single();
        projection.Accepts(envelope.Type).ShouldBeTrue();
        await projection.HandleAsync(envelope, CancellationToken.None);
    }

    /// <summary>One run of the delivery job.</summary>
    public static async Task<int> RunDeliveryAsync(this SeoApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MessageDelivery>().RunAsync(CancellationToken.None);
    }

    public static Task<List<OutboundMessage>> MessagesAsync(this SeoApiFactory api, Guid subject) =>
        api.ReadStoreAsync(db => db.OutboundMessages.AsNoTracking().Where(m => m.Subject == subject).OrderBy(m => m.CreatedAt).ToListAsync());

    public static Task<List<Notification>> NotificationsAsync(this SeoApiFactory api, Guid booking) =>
        api.ReadStoreAsync(db => db.Notifications.AsNoTracking().Where(n => n.BookingId == new BookingId(booking)).ToListAsync());
}
