namespace Seo.WebApi.Http;

/// <summary>
/// Security headers on every answer: no MIME sniffing, no referrer, never framed, no browser
/// features, and a Content-Security-Policy that lets an API answer load nothing. The API
/// reference (/docs), a page with scripts of its own, keeps the other headers but not that policy;
/// a page Seo renders itself (a receipt, the sandbox acquirer's page) sets <see cref="PageContentSecurityPolicy"/>.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /// <summary>For Seo's own pages: their inline styles, and forms that post back to Seo only; still no scripts.</summary>
    public const string PageContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isReference = context.Request.Path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!isReference && !headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
            }

            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Marks an answer that carries a secret (a bearer token): no cache, shared or private, may keep it.</summary>
internal sealed class NoStoreFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return await next(context);
    }
}
