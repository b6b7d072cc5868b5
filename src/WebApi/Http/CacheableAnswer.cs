using System.Security.Cryptography;

namespace Seo.WebApi.Http;

/// <summary>
/// A public answer that shared caches may keep for <c>maxAgeSeconds</c> and revalidate by its
/// ETag (a hash of the body): <c>If-None-Match</c> with it, or <c>*</c>, answers 304 without a body.
/// </summary>
internal static class CacheableAnswer
{
    public static IResult Of(HttpContext http, byte[] body, string contentType, int maxAgeSeconds)
    {
        ArgumentNullException.ThrowIfNull(http);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        http.Response.Headers.CacheControl = $"public, max-age={maxAgeSeconds}";
        http.Response.Headers.ETag = etag;
        return Matches(http.Request.Headers.IfNoneMatch.ToString(), etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, contentType);
    }

    /// <summary>If-None-Match: a list of entity tags (weak ones compare by their opaque part), or *.</summary>
    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag == etag || tag == "W/" + etag);
}
