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
        if (await HashRequestAsync(context.Request, context.RequestAborted) is not { } requestHash)
        {
            // A body that mentions a password but is not JSON cannot be fingerprinted without it: run it once, keep nothing.
            await next(context);
            return;
        }
        if (await store.FindAsync(scope, key, context.RequestAborted) is { } stored)
        {
            await ReplayAsync(context, stored, requestHash);
            return;
        }

        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var attempt = new Attempt(scope, key, requestHash, buffer, new HeaderDictionary(context.Response.Headers.ToDictionary()));
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
                        attempt.Reset(context);
                    }

                    await RunOnceAsync(context, unitOfWork, store, attempt, cancellationToken);
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

    private async Task RunOnceAsync(HttpContext context, IUnitOfWork unitOfWork, IIdempotencyStore store, Attempt attempt, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);

        // A twin request may have committed while this one waited for its transaction: answer as it did.
        if (await store.FindAsync(attempt.Scope, attempt.Key, cancellationToken) is { } committed)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await ReplayAsync(context, committed, attempt.RequestHash);
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
            await StoreAsync(context, store, transaction, attempt);
        }
    }

    private async Task StoreAsync(HttpContext context, IIdempotencyStore store, ITransactionScope transaction, Attempt attempt)
    {
        try
        {
            await store.SaveAsync(
                new IdempotentResponse(
                    attempt.Scope, attempt.Key, attempt.RequestHash, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    attempt.Buffer.ToArray(), clock.GetUtcNow()),
                context.RequestAborted);
            // Once the answer is stored, the commit is not abandoned because the client left.
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (PersistenceConflictException conflict)
        {
            // A twin with the same key committed first (on a server store both ran at once, and
            // this one waited on the key): undo this one's effects and answer as the twin did.
            await transaction.RollbackAsync(CancellationToken.None);
            attempt.Reset(context);
            if (await store.FindAsync(attempt.Scope, attempt.Key, CancellationToken.None) is { } committed)
            {
                await ReplayAsync(context, committed, attempt.RequestHash);
                return;
            }

            await Problems.From(conflict.Error).ExecuteAsync(context);
        }
    }

    /// <summary>One idempotent request: who asked, with which key and body, and its buffered answer.</summary>
    private sealed record Attempt(string Scope, string Key, string RequestHash, MemoryStream Buffer, IHeaderDictionary HeadersAtStart)
    {
        /// <summary>
        /// Forgets what an earlier attempt wrote — status, body, the headers it added — and how far
        /// the request body was read; headers set before this middleware stay.
        /// </summary>
        public void Reset(HttpContext context)
        {
            Buffer.SetLength(0);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.Headers.Clear();
            foreach (var (name, value) in HeadersAtStart)
            {
                context.Response.Headers[name] = value;
            }

            context.Request.Body.Position = 0;
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

    /// <summary>
    /// SHA-256 over method, path, query and body: what makes two requests "the same". A password
    /// must never be kept, not even as a fast hash (one guess per SHA-256), so every JSON member
    /// whose name holds "password" is left out of the fingerprint: a retry that differs only in
    /// its password counts as the same request. A body that holds "password" but is not JSON
    /// gets no fingerprint (null): such a request is run once and its answer not kept.
    /// </summary>
    internal static async Task<string?> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        request.Body.Position = 0;
        var content = body.ToArray();
        if (content.Length > 0)
        {
            if (WithoutPasswords(content) is { } stripped)
            {
                content = stripped;
            }
            else if (System.Text.Encoding.UTF8.GetString(content).Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        hash.AppendData(content);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The JSON body re-written without its password members (at any depth); null if it is not JSON.</summary>
    private static byte[]? WithoutPasswords(byte[] content)
    {
        try
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(content);
            Strip(node);
            return System.Text.Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or JSON no object can hold (a member named twice).
            return null;
        }

        static void Strip(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (var name in obj.Select(p => p.Key).Where(k => k.Contains("password", StringComparison.OrdinalIgnoreCase)).ToList())
                    {
                        obj.Remove(name);
                    }

                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }
}

/// <summary>
/// Marks an endpoint whose answer must not be stored because it carries a secret: the token
/// endpoint (a bearer token) and staff creation (a generated password) never write theirs to
/// the database.
/// </summary>
internal sealed class SkipIdempotency;
