using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// R15 in sandbox mode: the signed-in owner proves its IIN/BIN with a test certificate the sandbox
/// test root issues over a key made here (the private key never leaves this process), signing the
/// API's challenge as an owner's digital-signature key would (docs/identity.md).
/// </summary>
internal static class SandboxIdentityProof
{
    public static async Task ProveAsync(HttpClient http, string accessToken, CancellationToken cancellationToken)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var issued = await PostAsync(http, accessToken, "/api/v1/sandbox/identity-certificates",
            new { publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) }, cancellationToken);
        var challenge = (await PostAsync(http, accessToken, "/api/v1/accounts/me/identity-proof/challenge", null, cancellationToken))
            .GetProperty("challenge").GetString()!;
        var signature = key.SignData(Encoding.UTF8.GetBytes(challenge), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        await PostAsync(http, accessToken, "/api/v1/accounts/me/identity-proof",
            new { challenge, signature = Convert.ToBase64String(signature), certificates = issued.GetProperty("certificates") }, cancellationToken);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string accessToken, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"identity proof: POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
