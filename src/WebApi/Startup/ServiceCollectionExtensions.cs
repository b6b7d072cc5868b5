using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;
using Seo.Application.Common.Ports;
using Seo.Application.Live.Boards;
using Seo.Infrastructure;
using Seo.Infrastructure.Persistence;
using Seo.WebApi.Auth;
using Seo.WebApi.Http;
using Seo.WebApi.Localization;
using Seo.WebApi.OpenApi;
using Seo.WebApi.Telemetry;
using Seo.WebApi.Http.Hygiene;
using Seo.WebApi.Throttling;

namespace Seo.WebApi.Startup;

internal static class ServiceCollectionExtensions
{
    /// <summary>HTTP concerns: JSON, problem details, bearer auth with roles, rate limits, HTTPS and proxies, OpenAPI, health.</summary>
    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(options =>
        {
            // Enums by name only: "role": 99 must not become a role nobody defined.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));

            // Numbers are numbers: "amount": "12" is refused, and the contract says so.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

            // A member the contract does not have, or one given twice, is refused rather than
            // ignored or silently overwritten (Http/Hygiene/JsonMemberProblems names it).
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.TryAdd("code", CodeOf(problem.Status));
            ProblemLanguage.Apply(context);
            // The trace's id, as the traceresponse header and the logs name it (Telemetry/TraceResponseMiddleware).
            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
            // The contract promises every 503 says when to try again; an answer that knows better set it already.
            if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            {
                context.HttpContext.Response.Headers.TryAdd(HeaderNames.RetryAfter, Problems.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
            }

            // One kind of type URI for every problem, framework-made (401, 403, 404) or ours.
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = Problems.TypeOf((string)problem.Extensions["code"]!);
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddSingleton<RequestBodyHygieneFilter>();
        services.AddSingleton(configuration.GetSection(BoardOptions.Section).Get<BoardOptions>() ?? new BoardOptions());
        services.AddSingleton(configuration.GetSection(LiveStreamOptions.Section).Get<LiveStreamOptions>() ?? new LiveStreamOptions());

        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var dataDirectory = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>()?.DataDirectory ?? "data";
        var key = SigningKeyStore.Resolve(jwt, dataDirectory);
        services.AddSingleton(jwt);
        services.AddSingleton(configuration.GetSection(Seo.Application.Accounts.Sessions.SessionOptions.Section).Get<Seo.Application.Accounts.Sessions.SessionOptions>()
            ?? new Seo.Application.Accounts.Sessions.SessionOptions());
        services.AddSingleton(key);
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IRequestOrigin, RequestOrigin>();
        services.AddScoped<Payments.GatewayCallbackReceiver>();
        services.AddSeoRateLimits(configuration);
        AddHosting(services, HostingOptions.From(configuration));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, DeviceKeyAuthenticationHandler>(DeviceKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = key,
                RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                NameClaimType = "sub",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = SessionValidation.OnTokenValidatedAsync,
                OnChallenge = SessionValidation.OnChallengeAsync,
            };
        });
        // Tokens are issued with the app's TimeProvider; their lifetime is checked against the same
        // clock (the bearer handler would otherwise use the machine clock).
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((options, clock) => options.TokenValidationParameters.LifetimeValidator =
                (notBefore, expires, _, parameters) => TokenLifetime.IsValid(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew));
        Policies.Add(services.AddAuthorizationBuilder());

        services.AddSeoLanguages();
        services.AddSeoOpenApi();
        services.AddSeoTelemetry(configuration);
        return services;
    }

    /// <summary>No Server header; HTTPS redirect and HSTS; the proxies whose forwarded headers are believed.</summary>
    private static void AddHosting(IServiceCollection services, HostingOptions hosting)
    {
        services.AddSingleton(hosting);
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHttpsRedirection(options =>
        {
            options.HttpsPort = hosting.HttpsPort;
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = hosting.HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        if (!hosting.ForwardedHeaders.Enabled)
        {
            return;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in hosting.ForwardedHeaders.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.ForwardedHeaders.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    private static string CodeOf(int? status) => status switch
    {
        400 => "bad-request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        415 => "unsupported-media-type",
        429 => "too-many-requests",
        _ => "error",
    };
}
