using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Seo.WebApi.Tests.TestHost;

namespace Seo.WebApi.Tests.Crossings;

/// <summary>A registered camera: its id and the API key shown once at registration.</summary>
public sealed record Camera(Guid Id, string Key, HttpClient Client);

/// <summary>Helpers for cameras, staff and the crossing log over the REST API.</summary>
public static class Cameras
{
    public const string KeyHeader = "X-Device-Key";

    public static async Task<Camera> RegisterCameraAsync(this SeoApiFactory api, Session registrar, string checkpoint = "DOSTYK", string point = "CheckpointEntry")
    {
        var response = await registrar.Client.PostAsJsonAsync(
            "/api/v1/admin/devices", new { name = "Entry camera", checkpoint, point, direction = "Exit" });
        var created = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return new Camera(Guid.Parse(created["device"].Str("id")), created.Str("apiKey"), api.CameraClient(created.Str("apiKey")));
    }

    public static HttpClient CameraClient(this SeoApiFactory api, string key)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(KeyHeader, key);
        return client;
    }

    /// <summary>A staff member the registrar created with a known password, signed in.</summary>
    public static async Task<Session> StaffAsync(this SeoApiFactory api, Session registrar, string role)
    {
        var email = string.Create(CultureInfo.InvariantCulture, $"{role.ToLowerInvariant()}{TestData.Next()}@seo.test");
        var response = await registrar.Client.PostAsJsonAsync("/api/v1/admin/users", new { email, role, displayName = role, password = TestData.Password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await api.SignInAsync(email, TestData.Password);
    }

    /// <summary>A read as a camera sends it, taken 30 seconds before the app's clock.</summary>
    public static JsonObject Read(SeoApiFactory api, string plate, Guid? eventId = null, double confidence = 0.93) => new()
    {
        ["eventId"] = (eventId ?? Guid.NewGuid()).ToString(),
        ["capturedAt"] = api.Clock.GetUtcNow().AddSeconds(-30).ToOffset(TimeSpan.FromHours(5)).ToString("O", CultureInfo.InvariantCulture),
        ["plate"] = plate,
        ["confidence"] = confidence,
        ["imageReference"] = "cameras/dostyk/entry-1/0001.jpg",
    };

    public static Task<HttpResponseMessage> PostReadAsync(this Camera camera, JsonObject read) =>
        camera.Client.PostAsJsonAsync("/api/v1/devices/anpr-events", read);

    public static async Task<JsonObject> CrossingsAsync(this Session officer, string query) =>
        await officer.Client.GetJsonAsync("/api/v1/admin/crossings?" + query);
}
