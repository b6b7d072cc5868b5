namespace Seo.WebApi.Http;

/// <summary>A page Seo renders itself: HTML, never cached, under the policy for its own pages (no scripts).</summary>
internal sealed class HtmlPage(string html) : IResult
{
    public static IResult Of(string html) => new HtmlPage(html);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.ContentSecurityPolicy = SecurityHeadersMiddleware.PageContentSecurityPolicy;
        httpContext.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8").ExecuteAsync(httpContext);
    }
}
