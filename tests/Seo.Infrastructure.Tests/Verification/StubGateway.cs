using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Seo.Infrastructure.Tests.Verification;

/// <summary>An in-process e-government gateway on loopback (Kestrel, port 0); the test decides per check number what it answers.</summary>
internal sealed class StubGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<int, int> calls = new();

    private StubGateway(WebApplication app) => this.app = app;

    /// <summary>Answers one call: the check number, the call's ordinal for that check (1, 2, …) and the request.</summary>
    public Func<int, int, HttpContext, Task> Answer { get; set; } = (_, _, context) => StubAnswers.Reply(context, 200, Verdict("passed"));

    public ConcurrentQueue<(int Check, string? ApiKey, JsonElement Body)> Received { get; } = new();

    public string BaseUrl => app.Urls.Single();

    public int CallsTo(int check) => calls.GetValueOrDefault(check);

    public static async Task<StubGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubGateway(app);
        app.Run(async context =>
        {
            var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (context.Request.Method != HttpMethods.Post || segments is not ["checks", var number] || !int.TryParse(number, out var check))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
            stub.Received.Enqueue((check, context.Request.Headers["X-Api-Key"].SingleOrDefault(), body));
            var call = stub.calls.AddOrUpdate(check, 1, (_, n) => n + 1);
            await stub.Answer(check, call, context);
        });
        await app.StartAsync();
        return stub;
    }

    public static string Verdict(string verdict, string? reason = null, string? reference = null, string source = "stub registry") =>
        JsonSerializer.Serialize(new { verdict, reason, reference, source });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
