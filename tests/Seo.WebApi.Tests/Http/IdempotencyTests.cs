using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seo.Infrastructure.Persistence.Providers;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Http;

/// <summary>Idempotency-Key on POST: a retry returns the first answer and changes nothing.</summary>
public abstract class IdempotencyTests
{
    /// <summary>The store every test of this class runs on; each provider has a subclass below.</summary>
    protected abstract StoreProvider Store { get; }

    private SeoApiFactory NewApi(IReadOnlyDictionary<string, string?>? settings = null) => new(settings, Store);

    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_replays_the_first_answer_and_books_nothing_new()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");

        var first = await PostAsync(carrier, body, "booking-1");
        var firstText = await first.Content.ReadAsStringAsync();
        first.StatusCode.ShouldBe(HttpStatusCode.Created, firstText);
        first.Headers.Contains("Idempotency-Replayed").ShouldBeFalse();
        var eventsAfterFirst = (await api.SnapshotAsync()).Events;

        var retry = await PostAsync(carrier, body, "booking-1");

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(firstText);
        retry.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        retry.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);
        var snapshot = await api.SnapshotAsync();
        snapshot.Bookings.ShouldBe(1);
        snapshot.Events.ShouldBe(eventsAfterFirst);
    }

    [Fact]
    public async Task Twins_sent_at_the_same_moment_with_one_key_book_once_and_get_the_same_answer()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var body = TestData.Booking(TestData.Next(), Tomorrow, "14:00");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(carrier, body, "twin-key")));

        var texts = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        texts.Distinct().Count().ShouldBe(1);
        answers.Count(a => a.Headers.Contains("Idempotency-Replayed")).ShouldBe(7);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "14:00")).Number("booked").ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_409_idempotency_key_reused()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        await (await PostAsync(carrier, TestData.Booking(TestData.Next(), Tomorrow, "14:00"), "booking-1")).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var other = await PostAsync(carrier, TestData.Booking(TestData.Next(), Tomorrow, "15:00"), "booking-1");

        await other.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency-key-reused");
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task A_key_on_a_request_refused_with_409_replays_the_same_409()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var truck = TestData.Next();
        await carrier.BookAsync(TestData.Booking(truck, Tomorrow, "14:00"));
        var sameVehicle = TestData.Booking(truck, Tomorrow, "15:00");

        var first = await PostAsync(carrier, sameVehicle, "booking-2");
        var firstText = await first.Content.ReadAsStringAsync();
        await first.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");

        var retry = await PostAsync(carrier, sameVehicle, "booking-2");

        var problem = await retry.ShouldBeProblemAsync(HttpStatusCode.Conflict, "vehicle-has-active-booking", "R21");
        problem.ToJsonString().ShouldBe(JsonNode.Parse(firstText)!.ToJsonString());
        retry.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        (await carrier.MyBookingsAsync()).Count.ShouldBe(1);
        (await carrier.Client.IntervalAsync(Tomorrow, "15:00")).Number("booked").ShouldBe(0);
    }

    [Fact]
    public async Task The_first_answer_is_replayed_even_after_the_state_changed()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var booking = await carrier.BookAsync(TestData.Booking(TestData.Next(), Tomorrow, "14:00"));
        var pay = () => carrier.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/bookings/{booking.Str("id")}/payment")
        {
            Headers = { { "Idempotency-Key", "pay-1" } },
        });

        var first = await (await pay()).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var retry = await pay();

        // Without the key a second payment is "nothing-to-pay"; with it the client sees its first receipt.
        (await retry.ShouldHaveStatusAsync(HttpStatusCode.OK)).ToJsonString().ShouldBe(first.ToJsonString());
        retry.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        (await carrier.Client.GetJsonAsync($"/api/v1/bookings/{booking.Str("id")}")).Amount("paid").ShouldBe(booking.Amount("fee"));
    }

    [Fact]
    public async Task Keys_belong_to_their_account()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();
        var other = await api.CarrierAsync();
        await (await PostAsync(carrier, TestData.Booking(TestData.Next(), Tomorrow, "14:00"), "shared-key")).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var response = await PostAsync(other, TestData.Booking(TestData.Next(), Tomorrow, "15:00"), "shared-key");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Contains("Idempotency-Replayed").ShouldBeFalse();
        (await other.MyBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_key_that_is_too_long_is_400_and_runs_nothing()
    {
        await using var api = NewApi();
        var carrier = await api.CarrierAsync();

        var response = await PostAsync(carrier, TestData.Booking(TestData.Next(), Tomorrow, "14:00"), new string('k', 201));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-idempotency-key");
        (await api.SnapshotAsync()).Bookings.ShouldBe(0);
    }

    private static Task<HttpResponseMessage> PostAsync(Session session, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/bookings") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return session.Client.SendAsync(request);
    }
}

[Trait("Store", "Sqlite")]
public sealed class SqliteIdempotencyTests : IdempotencyTests
{
    protected override StoreProvider Store => StoreProvider.Sqlite;
}

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlIdempotencyTests : IdempotencyTests
{
    protected override StoreProvider Store => StoreProvider.PostgreSql;
}

[Trait("Store", "SqlServer")]
public sealed class SqlServerIdempotencyTests : IdempotencyTests
{
    protected override StoreProvider Store => StoreProvider.SqlServer;
}
