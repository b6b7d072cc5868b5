using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Seo.Infrastructure.Tests.Payments;

/// <summary>
/// An in-process acquiring gateway on loopback (Kestrel, port 0): it records each request as it
/// arrives and answers as the test says, given the request and its ordinal (1, 2, …).
/// </summary>
internal sealed class StubAcquirer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<ReceivedCall> arrivals = Channel.CreateUnbounded<ReceivedCall>();
    private int calls;

    private StubAcquirer(WebApplication app) => this.app = app;

    public Func<ReceivedCall, HttpContext, Task> Answer { get; set; } = (_, context) => StubAnswers.Reply(context, 500, "{}");

    public ConcurrentQueue<ReceivedCall> Received { get; } = new();

    public Uri BaseUrl => new(app.Urls.Single());

    public int Calls => Volatile.Read(ref calls);

    public static async Task<StubAcquirer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubAcquirer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var call = new ReceivedCall(
                Interlocked.Increment(ref stub.calls),
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.SingleOrDefault(),
                context.Request.Headers["X-Merchant-Id"].SingleOrDefault(),
                context.Request.Headers["Idempotency-Key"].SingleOrDefault(),
                body);
            stub.Received.Enqueue(call);
            stub.arrivals.Writer.TryWrite(call);
            await stub.Answer(call, context);
        });
        await app.StartAsync();
        return stub;
    }

    /// <summary>The next request to arrive. The bound only keeps a broken test from hanging; nothing is timed by it.</summary>
    public async Task<ReceivedCall> NextArrivalAsync() =>
        await arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record ReceivedCall(int Ordinal, string Method, string PathAndQuery, string? Authorization, string? MerchantId, string? IdempotencyKey, string Body);
