using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Seo.WebApi.Tests.Security;

/// <summary>
/// In memory every request has no client address; this puts the one a test names (header
/// <see cref="Header"/>) on the connection, before the API's own pipeline, as a socket would.
/// </summary>
internal sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public static void Add(IServiceCollection services) => services.AddTransient<IStartupFilter, ClientAddresses>();

    public static HttpClient From(TestHost.SeoApiFactory api, string address, Uri? baseAddress = null)
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = baseAddress ?? new Uri("http://localhost"),
            AllowAutoRedirect = false,
        });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, proceed) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return proceed();
        });
        next(app);
    };
}
