using Microsoft.AspNetCore.Http;

namespace Seo.Infrastructure.Tests;

/// <summary>How the loopback stubs of outside services (the registry gateway, the acquirer) answer a request.</summary>
internal static class StubAnswers
{
    public static async Task Reply(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Never answers: waits until the client gives up on the call.</summary>
    public static async Task Hang(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client hung up, as the test intends.
        }
    }
}
