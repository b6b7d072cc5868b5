using System.Net;
using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>
/// A signed-in user. The sandbox clock moves the day on faster than an access token lives (its
/// expiry is read on the same clock), so a 401 exchanges the refresh token for a new pair (or,
/// when that is refused, signs in again) and the request is sent once more.
/// </summary>
internal sealed class Session(HttpClient client, string email, string password, Func<string?>? totpCode = null)
{
    private volatile string? _token;
    private volatile string? _refreshToken;

    public HttpClient Client => client;

    public string Token => _token ?? throw new InvalidOperationException("Not signed in yet.");

    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        var answer = await client.PostJsonAsync("/api/v1/auth/token", new { email, password, totpCode = totpCode?.Invoke() }, HttpStatusCode.OK, cancellationToken);
        Keep(answer);
    }

    public Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK, cancellationToken);

    public Task<JsonElement> PostJsonAsync(string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, expected, cancellationToken);

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(method, path, body, expected, cancellationToken, Token);
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            await RenewAsync(cancellationToken);
            return await client.SendAsync(method, path, body, expected, cancellationToken, Token);
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        if (_refreshToken is { } refresh)
        {
            try
            {
                Keep(await client.PostJsonAsync("/api/v1/auth/token/refresh", new { refreshToken = refresh }, HttpStatusCode.OK, cancellationToken));
                return;
            }
            catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
            {
                // The session ended (expired or revoked): sign in afresh.
            }
        }

        await SignInAsync(cancellationToken);
    }

    private void Keep(JsonElement answer)
    {
        _token = answer.Str("accessToken");
        _refreshToken = answer.Str("refreshToken");
    }
}
