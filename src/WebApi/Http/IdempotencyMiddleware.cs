using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Seo.Application.Common.Ports;

namespace Seo.WebApi.Http;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the request runs inside one transaction that also stores its
/// answer, so either both commit or neither does. A retry with the same key and body gets the
/// first answer (marked <c>Idempotency-Replayed: true</c>) and changes nothing; the same key
/// with another body is refused; 5xx answers are not stored, so they can be retried.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, IUnitOfWork unitOfWork, IIdempotencyStore store)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.GetEndpoint()?.Metadata.GetMetadata<SkipIdempotency>() is not null)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c < 0x21 || c > 0x7E))
        {
            await Problems.Of(400, "invalid-idempotency-key", $"An Idempotency-Key is 1 to {MaxKeyLength} visible ASCII characters.").ExecuteAsync(context);
            return;
        }

        var scope = context.User.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var requestHash = await HashRequestAsync(context.Request, context.RequestAborted);
        if (await store.FindAsync(scope, key, context.RequestAborted) is { } stored)
        {
            await ReplayAsync(context, stored, requestHash);
            return;
        }

        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            // One retryable unit: after a transient store failure the request runs again from a
            // clean response, in a new transaction, so the stored answer is the one that committed.
            var attempts = 0;
            await unitOfWork.RunAsync(
                async cancellationToken =>
                {
                    if (attempts++ > 0)
                    {
                        ResetAttempt(context, buffer);
                    }

                    await RunOnceAsync(context, unitOfWork, store, scope, key, requestHash, buffer, cancellationToken);
                    return true;
                },
                context.RequestAborted);
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    private async Task RunOnceAsync(
        HttpContext context, IUnitOfWork unitOfWork, IIdempotencyStore store, string scope, string key, string requestHash, MemoryStream buffer, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);

        // A twin request may have committed while this one waited for its transaction: answer as it did.
        if (await store.FindAsync(scope, key, cancellationToken) is { } committed)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await ReplayAsync(context, committed, requestHash);
            return;
        }

        await next(context);
        // Answers that did not come from processing the request are not kept: a retry
        // after a 5xx, a throttle or a missing/insufficient credential must run again.
        if (context.Response.StatusCode is >= 500 or StatusCodes.Status429TooManyRequests
            or StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        else
        {
            await StoreAsync(context, store, transaction, scope, key, requestHash, buffer);
        }
    }

    /// <summary>Forgets what an earlier attempt wrote: status, headers, body, and how far the request body was read.</summary>
    private static void ResetAttempt(HttpContext context, MemoryStream buffer)
    {
        buffer.SetLength(0);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers.Clear();
        context.Request.Body.Position = 0;
    }

    private async Task StoreAsync(
        HttpContext context, IIdempotencyStore store, ITransactionScope transaction, string scope, string key, string requestHash, MemoryStream buffer)
    {
        try
        {
            await store.SaveAsync(
                new IdempotentResponse(
                    scope, key, requestHash, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    buffer.ToArray(), clock.GetUtcNow()),
                context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }
        catch (PersistenceConflictException conflict)
        {
            // A twin with the same key committed first (on a server store both ran at once, and
            // this one waited on the key): undo this one's effects and answer as the twin did.
            await transaction.RollbackAsync(CancellationToken.None);
            ResetAttempt(context, buffer);
            if (await store.FindAsync(scope, key, CancellationToken.None) is { } committed)
            {
                await ReplayAsync(context, committed, requestHash);
                return;
            }

            await Problems.From(conflict.Error).ExecuteAsync(context);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentResponse stored, string requestHash)
    {
        if (!string.Equals(stored.RequestHash, requestHash, StringComparison.Ordinal))
        {
            await Problems.Of(409, "idempotency-key-reused", "This Idempotency-Key was used for a different request; use a new key.").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = stored.StatusCode;
        context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    /// <summary>SHA-256 over method, path, query and body: what makes two requests "the same".</summary>
    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>
/// Marks an endpoint whose answer must not be stored because it carries a secret: the token
/// endpoint (a bearer token) and staff creation (a generated password) never write theirs to
/// the database.
/// </summary>
internal sealed class SkipIdempotency;
