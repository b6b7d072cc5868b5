using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Seo.WebApi.Http;

namespace Seo.WebApi.Throttling;

/// <summary>
/// The API's rate limits: every request under /api/v1 spends from one budget (sign-in,
/// registration, writes, reads) of one caller. Over budget, the answer is 429 problem details with
/// a code per budget and Retry-After saying when the window reopens.
/// </summary>
internal static class RateLimiting
{
    public const string ApiPrefix = "/api/v1";

    public static IServiceCollection AddSeoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = (rejected, _) => WriteRejectionAsync(rejected.HttpContext, rejected.Lease);
        });
        return services;
    }

    /// <summary>The budget a request spends from, or none for paths outside the API (health, reference).</summary>
    public static RateLimitBudget? BudgetOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<RateLimitBudgetMetadata>() is { } marked)
        {
            return marked.Budget;
        }

        var method = context.Request.Method;
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) ? RateLimitBudget.Reads : RateLimitBudget.Writes;
    }

    /// <summary>Who pays: the camera, the account, or — anonymous — the client address.</summary>
    public static string CallerOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User is { Identity.IsAuthenticated: true } user && user.FindFirstValue("sub") is { Length: > 0 } subject)
        {
            return user.IsInRole(nameof(Domain.Accounts.Role.Device)) ? $"device:{subject}" : $"account:{subject}";
        }

        return $"address:{Auth.RequestOrigin.AddressOf(context) ?? "unknown"}";
    }

    public static string CodeOf(RateLimitBudget budget) => budget switch
    {
        RateLimitBudget.SignIn => "too-many-sign-ins",
        RateLimitBudget.Registration => "too-many-registrations",
        RateLimitBudget.Writes => "too-many-writes",
        _ => "too-many-reads",
    };

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || BudgetOf(context) is not { } budget
            || (options.ExemptLoopback && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limit = options.For(budget);
        return RateLimitPartition.GetFixedWindowLimiter($"{budget}|{CallerOf(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease)
    {
        var budget = BudgetOf(context) ?? RateLimitBudget.Reads;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problems.Of(
            StatusCodes.Status429TooManyRequests,
            CodeOf(budget),
            $"Too many requests in the {Describe(budget)} budget of this caller; try again in {seconds} s.");
        await problem.ExecuteAsync(context);
    }

    private static string Describe(RateLimitBudget budget) => budget switch
    {
        RateLimitBudget.SignIn => "sign-in",
        RateLimitBudget.Registration => "registration",
        RateLimitBudget.Writes => "write",
        _ => "read",
    };
}
