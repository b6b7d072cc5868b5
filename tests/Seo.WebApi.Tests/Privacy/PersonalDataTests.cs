using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seo.Infrastructure.Privacy;
using Seo.WebApi.Http;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Privacy;

/// <summary>Personal data through the API: never in logs, never a password in the idempotency store, an owner-only database file.</summary>
public sealed class PersonalDataTests
{
    private static readonly DateOnly Tomorrow = SeoApiFactory.Today.AddDays(1);

    [Fact]
    public async Task A_booking_flow_logs_no_IIN_phone_driver_name_or_document_number()
    {
        var logs = new CapturingLoggerProvider();
        await using var api = new SeoApiFactory(services: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.PostConfigure<LoggerFilterOptions>(filter => filter.MinLevel = LogLevel.Debug);
        });
        var n = TestData.Next();
        var carrier = await api.CarrierAsync(n);
        var body = TestData.Booking(TestData.Next(), Tomorrow, "10:00");
        var booking = await carrier.BookAsync(body);
        await carrier.PayAsync(booking);
        (await carrier.Client.GetAsync($"/api/v1/bookings/{booking.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await carrier.Client.GetAsync("/api/v1/accounts/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A refused request whose body carries the same personal data.
        body["drivers"]![0]!["phone"] = "not a phone";
        (await carrier.Client.PostAsJsonAsync("/api/v1/bookings", body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await carrier.Client.PostAsync($"/api/v1/bookings/{booking.Str("id")}/cancel", null);

        logs.Lines.Count.ShouldBeGreaterThan(10, "the flow must have been logged at all");
        foreach (var secret in new[] { TestData.Iin(n), "77011234567", "77017654321", "Bekov", "Arman", "Akhmetov", "Serik", "N12345678" })
        {
            logs.Lines.Where(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"{secret} was logged");
        }
    }

    [Fact]
    public async Task A_registration_with_an_Idempotency_Key_keeps_neither_the_password_nor_a_hash_of_it()
    {
        await using var api = new SeoApiFactory();
        var n = TestData.Next();
        var registration = TestData.Registration(n);
        using var client = api.CreateClient();

        var first = await PostAsync(client, "/api/v1/accounts", registration.ToJsonString(), "register-1");
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        registration["password"] = "another long passphrase";
        var retry = await PostAsync(client, "/api/v1/accounts", registration.ToJsonString(), "register-1");

        retry.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        retry.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).ShouldBe(["true"]);
        var stored = await api.ReadStoreAsync(db => db.IdempotencyRecords.AsNoTracking().SingleAsync());
        foreach (var password in new[] { TestData.Password, "another long passphrase" })
        {
            registration["password"] = password;
            var withPassword = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("POST /api/v1/accounts\n" + registration.ToJsonString())));
            stored.RequestHash.ShouldNotBe(withPassword);
            Encoding.UTF8.GetString(stored.Body).ShouldNotContain(password);
        }

        // The answer itself is stored encrypted: its e-mail and IIN are not in the column.
        var raw = await api.ReadStoreAsync(db => db.Database.SqlQueryRaw<byte[]>("SELECT \"Body\" AS \"Value\" FROM \"IdempotencyRecords\"").SingleAsync());
        Encoding.UTF8.GetString(raw).ShouldStartWith(PersonalDataProtector.Prefix);
        Encoding.UTF8.GetString(raw).ShouldNotContain(TestData.Iin(n));
    }

    [Fact]
    public async Task A_body_that_mentions_a_password_but_is_not_JSON_runs_without_its_answer_being_kept()
    {
        await using var api = new SeoApiFactory();
        using var client = api.CreateClient();

        var response = await PostAsync(client, "/api/v1/accounts", "email=a@example.kz&password=hunter2hunter2", "register-form");

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await api.ReadStoreAsync(db => db.IdempotencyRecords.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Every_POST_endpoint_whose_answer_carries_a_token_key_or_password_is_kept_out_of_the_idempotency_store()
    {
        await using var api = new SeoApiFactory();
        _ = api.Server;
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var secretAnswering = endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Where(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.Type is { } type && CarriesSecret(type)))
            .ToList();

        secretAnswering.Count.ShouldBeGreaterThanOrEqualTo(3, "the token, staff-creation and device-key endpoints answer secrets");
        secretAnswering.Where(e => e.Metadata.GetMetadata<SkipIdempotency>() is null).Select(e => e.DisplayName).ShouldBeEmpty();
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_embedded_database_file_and_its_data_folder_are_readable_by_their_owner_only()
    {
        await using var api = new SeoApiFactory();
        _ = api.Server;

        File.GetUnixFileMode(api.DataDirectory).ShouldBe(DataDirectory.OwnerOnlyDirectory);
        var database = Directory.GetFiles(api.DataDirectory, "*.db").ShouldHaveSingleItem();
        File.GetUnixFileMode(database).ShouldBe(DataDirectory.OwnerOnlyFile);
        File.GetUnixFileMode(Path.Combine(api.DataDirectory, "jwt-signing.key")).ShouldBe(DataDirectory.OwnerOnlyFile);
    }

    private static bool CarriesSecret(Type type, int depth = 0) =>
        depth < 3 && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p =>
            p.Name.Contains("Token", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Password", StringComparison.OrdinalIgnoreCase)
            || p.Name.Contains("ApiKey", StringComparison.OrdinalIgnoreCase)
            || (p.PropertyType.Namespace?.StartsWith("Seo", StringComparison.Ordinal) == true && CarriesSecret(p.PropertyType, depth + 1)));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    /// <summary>Every log line, with its exception and structured values, as one searchable text.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public ConcurrentQueue<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }
}
