using System.Net;
using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>
/// A signed-in user. The sandbox clock moves the day on faster than a token lives (its expiry is
/// read on the same clock), so a 401 signs in again and the request is sent once more.
/// </summary>
internal sealed class Session(HttpClient client, string email, string password)
{
    private volatile string? _token;

    public HttpClient Client => client;

    public string Token => _token ?? throw new InvalidOperationException("Not signed in yet.");

    public async Task SignInAsync(CancellationToken cancellationToken) =>
        _token = await client.SignInAsync(email, password, cancellationToken);

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
            await SignInAsync(cancellationToken);
            return await client.SendAsync(method, path, body, expected, cancellationToken, Token);
        }
    }
}
