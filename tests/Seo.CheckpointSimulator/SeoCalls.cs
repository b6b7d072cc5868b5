using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Seo.CheckpointSimulator;

/// <summary>The few shapes of call the simulator makes, each failing loudly with the API's problem details.</summary>
internal static class SeoCalls
{
    public static async Task<JsonElement> SendAsync(
        this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException(
                $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }

        return response.Content.Headers.ContentLength == 0
            ? default
            : (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).Clone();
    }

    public static Task<JsonElement> GetJsonAsync(this HttpClient client, string path, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK, cancellationToken);

    public static Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Post, path, body, expected, cancellationToken);

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static DateTimeOffset? Instant(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    /// <summary>Signs in and returns the bearer token.</summary>
    public static async Task<string> SignInAsync(this HttpClient client, string email, string password, CancellationToken cancellationToken)
    {
        var token = await client.PostJsonAsync("/api/v1/auth/token", new { email, password }, HttpStatusCode.OK, cancellationToken);
        return token.Str("accessToken");
    }
}
