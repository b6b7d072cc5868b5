using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seo.Application.Messaging.Common;
using Seo.Domain.Messaging;
using Seo.Infrastructure.Messaging;
using Seo.Infrastructure.Messaging.Http;

namespace Seo.Infrastructure.Tests.Messaging;

/// <summary>
/// The SMS, push and officers' console adapters against a provider stub on the loopback
/// interface: the request they send, the receipt they read, and every way a send can fail.
/// </summary>
public sealed class HttpMessageSenderTests : IAsyncLifetime
{
    private const string ApiKey = "provider-key-1";
    private readonly ConcurrentQueue<(string Path, string? Key, string? IdempotencyKey, JsonObject Body)> _requests = new();
    private WebApplication _stub = null!;
    private Func<int, HttpContext, Task> _answer = (_, context) => context.Response.WriteAsJsonAsync(new { id = "prov-1" });
    private int _count;

    private string BaseUrl => _stub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _stub = builder.Build();
        _stub.Run(async context =>
        {
            var body = (await context.Request.ReadFromJsonAsync<JsonObject>())!;
            _requests.Enqueue((context.Request.Path, context.Request.Headers["X-Api-Key"], context.Request.Headers["Idempotency-Key"], body));
            await _answer(Interlocked.Increment(ref _count), context);
        });
        await _stub.StartAsync();
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static OutgoingMessage Message(MessageChannel channel = MessageChannel.Sms, string destination = "+77011234567") =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "DOSTYK", MessageKind.Call, channel, destination, "Your vehicle 123ABC02 is called.");

    private T Sender<T>(Func<IHttpClientFactory, MessageProviderOptions, T> create, string name, TimeSpan? timeout = null, int retries = 2)
    {
        var options = new MessageProviderOptions
        {
            BaseUrl = BaseUrl, ApiKey = ApiKey, Timeout = timeout ?? TimeSpan.FromSeconds(5), Retries = retries, RetryDelay = TimeSpan.FromMilliseconds(10),
        };
        var services = new ServiceCollection().AddLogging();
        MessagingRegistration.AddClient(services, name, options, "Seo:Messaging:Test");
        return create(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), options);
    }

    private SmsHttpSender Sms(TimeSpan? timeout = null, int retries = 2) =>
        Sender((clients, options) => new SmsHttpSender(clients, new SmsProviderOptions(options)), SmsHttpSender.Name, timeout, retries);

    [Fact]
    public async Task R34_an_sms_is_posted_with_the_key_the_message_id_as_idempotency_key_and_its_receipt_is_read()
    {
        var message = Message();

        var outcome = await Sms().SendAsync(message, CancellationToken.None);

        outcome.ShouldBe(SendOutcome.Accepted("prov-1"));
        var request = _requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/messages");
        request.Key.ShouldBe(ApiKey);
        request.IdempotencyKey.ShouldBe(message.MessageId.ToString("N"));
        request.Body["clientReference"]!.GetValue<string>().ShouldBe(message.MessageId.ToString("N"));
        request.Body["to"]!.GetValue<string>().ShouldBe("+77011234567");
        request.Body["text"]!.GetValue<string>().ShouldBe(message.Text);
    }

    [Fact]
    public async Task R34_a_500_then_a_success_is_retried_once_under_the_same_idempotency_key()
    {
        _answer = (n, context) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }

            return context.Response.WriteAsJsonAsync(new { id = "prov-2" });
        };
        var message = Message();

        var outcome = await Sms().SendAsync(message, CancellationToken.None);

        outcome.ShouldBe(SendOutcome.Accepted("prov-2"));
        _requests.Count.ShouldBe(2);
        _requests.Select(r => r.IdempotencyKey).Distinct().ShouldHaveSingleItem().ShouldBe(message.MessageId.ToString("N"));
    }

    [Fact]
    public async Task R34_a_provider_that_keeps_failing_is_a_failed_attempt_after_the_quick_retries()
    {
        _answer = (_, context) =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        };

        var outcome = await Sms(retries: 2).SendAsync(Message(), CancellationToken.None);

        outcome.Sent.ShouldBeFalse();
        outcome.Error.ShouldNotBeNull().ShouldContain("HTTP 503");
        _requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task R34_a_refusal_is_not_retried()
    {
        _answer = (_, context) =>
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        };

        var outcome = await Sms().SendAsync(Message(), CancellationToken.None);

        outcome.Error.ShouldNotBeNull().ShouldContain("HTTP 400");
        _requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task R34_a_provider_that_does_not_answer_in_time_is_a_failed_attempt()
    {
        _answer = async (_, context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        };

        var outcome = await Sms(timeout: TimeSpan.FromMilliseconds(200), retries: 0).SendAsync(Message(), CancellationToken.None);

        outcome.Sent.ShouldBeFalse();
        outcome.Error.ShouldNotBeNull().ShouldContain("did not answer within 0.2 s");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"id\":\"\"}")]
    [InlineData("not json")]
    public async Task R34_an_answer_without_a_readable_receipt_is_a_failed_attempt(string answer)
    {
        _answer = (_, context) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(answer);
        };

        var outcome = await Sms().SendAsync(Message(), CancellationToken.None);

        outcome.Sent.ShouldBeFalse();
        outcome.Error.ShouldNotBeNull().ShouldContain("receipt");
    }

    [Fact]
    public async Task R29_a_push_goes_to_the_owner_accounts_topic()
    {
        var push = Sender((clients, options) => new PushHttpSender(clients, new PushProviderOptions(options)), PushHttpSender.Name);

        var outcome = await push.SendAsync(Message(MessageChannel.Push, "account-abc"), CancellationToken.None);

        outcome.Sent.ShouldBeTrue();
        var request = _requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/messages");
        request.Body["topic"]!.GetValue<string>().ShouldBe("account-abc");
        request.Body["title"]!.GetValue<string>().ShouldBe("Your vehicle is called");
    }

    [Fact]
    public async Task R33_the_call_list_goes_to_the_officers_console_of_the_checkpoint()
    {
        var console = Sender((clients, options) => new OfficersConsoleHttpSender(clients, new OfficersConsoleProviderOptions(options)), OfficersConsoleHttpSender.Name);
        var message = Message(MessageChannel.OfficersMain, "DOSTYK");

        var outcome = await console.SendAsync(message, CancellationToken.None);

        outcome.ShouldBe(SendOutcome.Accepted("prov-1"));
        var request = _requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/call-lists");
        request.Body["checkpoint"]!.GetValue<string>().ShouldBe("DOSTYK");
        request.IdempotencyKey.ShouldBe(message.MessageId.ToString("N"));
    }

    [Fact]
    public async Task R33_an_unreachable_console_is_a_failed_attempt()
    {
        var options = new MessageProviderOptions { BaseUrl = $"http://127.0.0.1:{Seo.Tests.Shared.ClosedPort.Next()}", ApiKey = ApiKey, Retries = 0 };
        var services = new ServiceCollection().AddLogging();
        MessagingRegistration.AddClient(services, OfficersConsoleHttpSender.Name, options, "Seo:Messaging:Officers:Main");
        var console = new OfficersConsoleHttpSender(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), new OfficersConsoleProviderOptions(options));

        var outcome = await console.SendAsync(Message(MessageChannel.OfficersMain, "DOSTYK"), CancellationToken.None);

        outcome.Sent.ShouldBeFalse();
        outcome.Error.ShouldNotBeNull().ShouldContain("could not be reached");
    }
}
