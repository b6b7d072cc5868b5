using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Seo.Application;
using Seo.Infrastructure;
using Seo.Infrastructure.Persistence;
using Seo.Infrastructure.Verification.Simulated;
using Seo.Projections;
using Seo.WebApi.Endpoints;
using Seo.WebApi.Health;
using Seo.WebApi.Http;
using Seo.WebApi.Http.Hygiene;
using Seo.WebApi.Startup;
using Seo.WebApi.Telemetry;
using Seo.WebApi.Throttling;

// --help, --version and a mistyped command answer here, before any store is opened or registrar bootstrapped.
if (CommandLine.Answer(args, Console.Out) is { } answered)
{
    Environment.ExitCode = answered;
    return;
}

var builder = WebApplication.CreateBuilder(args);

// Production never runs on the simulated registries or the sandbox acquirer unless declared a demo.
ProductionPosture.EnsureNoStandIns(builder.Environment, builder.Configuration);
var hosting = HostingOptions.From(builder.Configuration);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddProjections(builder.Configuration)
    .AddWebApi(builder.Configuration);

// The projections run here unless a separate worker runs them (Seo:Projections:RunIn=Worker).
if (ProjectionsOptions.From(builder.Configuration).RunIn == ProjectionsHost.Api)
{
    builder.Services.AddOutboxDispatcher(builder.Configuration);
}

var app = builder.Build();

// `dotnet run --project src/WebApi -- migrate` applies migrations and seeds the checkpoints, then
// exits. At start the embedded default migrates itself; a server store is only checked.
var migrateOnly = args.Contains(CommandLine.Migrate, StringComparer.Ordinal);
await using (var scope = app.Services.CreateAsyncScope())
{
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    if (migrateOnly || app.Services.GetRequiredService<PersistenceOptions>().ShouldMigrateAtStart)
    {
        await initializer.MigrateAsync(CancellationToken.None);
    }
    else
    {
        await initializer.EnsureCurrentAsync(CancellationToken.None);
    }
}

if (migrateOnly)
{
    return;
}

// `dotnet run --project src/WebApi -- verify-audit` walks the audit trail's hash chain and exits
// non-zero, naming the first bad entry, if it was altered, cut or reordered (docs/audit.md).
if (args.Contains(CommandLine.VerifyAudit, StringComparer.Ordinal))
{
    await using var scope = app.Services.CreateAsyncScope();
    var verification = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>()
        .Send(new Seo.Application.Audit.VerifyAuditTrail.VerifyAuditTrail(), CancellationToken.None);
    Console.WriteLine(verification.IsIntact
        ? $"audit trail intact: {verification.Entries} entries"
        : $"audit trail BROKEN at entry {verification.FirstBadSequence}: {verification.Problem} ({verification.Entries} entries verified before it)");
    Environment.ExitCode = verification.IsIntact ? 0 : 2;
    return;
}

await RegistrarBootstrap.EnsureRegistrarAsync(app.Services, app.Configuration, CancellationToken.None);

if (hosting.ForwardedHeaders.Enabled)
{
    app.UseForwardedHeaders();
}

app.UseMiddleware<TraceResponseMiddleware>();
app.UseMiddleware<SecurityHeadersMiddleware>();
if (hosting.HttpsIn(app.Environment))
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

// Before the exception handler, so that every problem, an exception's too, is in the caller's language.
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<Seo.WebApi.Auth.AccountSetupMiddleware>();

// After authorization, so that a budget is the account's or the camera's (their key is read by
// the device policy), and an anonymous caller's is its address's.
app.UseRateLimiter();
app.UseMiddleware<QueryStringHygieneMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();

// The API reference is public only where configured (by default not in production).
if (hosting.ApiReferenceIn(app.Environment))
{
    app.MapOpenApi("/openapi/{documentName}.json");
    app.MapScalarApiReference("/docs");
}

app.MapSeoTelemetry();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResponseWriter = HealthReportWriter.WriteAsync,
});

var api = app.MapGroup(RateLimiting.ApiPrefix)
    .ProducesProblem(StatusCodes.Status429TooManyRequests)
    .WithMetadata(StrictQueryString.Instance)
    .AddEndpointFilter<RequestBodyHygieneFilter>()
    .MapAccountEndpoints()
    .MapAuditEndpoints()
    .MapCheckpointEndpoints()
    .MapBookingEndpoints()
    .MapWaitlistEndpoints()
    .MapOpenDataEndpoints()
    .MapPaymentEndpoints()
    .MapLedgerEndpoints()
    .MapOutboxEndpoints()
    .MapReadModelEndpoints()
    .MapLiveEndpoints()
    .MapDeviceEndpoints()
    .MapVideoEndpoints()
    .MapDeviceHealthEndpoints()
    .MapBarrierEndpoints()
    .MapPriorityListEndpoints()
    .MapTariffEndpoints()
    .MapCrossingEndpoints()
    .MapCheckRecordEndpoints()
    .MapNotificationEndpoints()
    .MapMessageEndpoints();

// While no payment gateway is configured, the sandbox acquirer takes payments: its page and its controls exist only then.
if (app.Services.GetService<Seo.Infrastructure.Payments.Sandbox.SandboxAcquirer>() is not null)
{
    app.MapSandboxAcquirerPage();
    api.MapSandboxAcquirerEndpoints();
}

// Sandbox mode only: outside it the simulated registries cannot be edited, and the paths do not exist.
if (app.Services.GetRequiredService<SandboxOptions>().Enabled)
{
    api.MapSandboxEndpoints();
    api.MapSandboxMessageEndpoints();
    // The sandbox test root that certifies owners' test keys (R15) is made now, at the first start, beside the database.
    _ = app.Services.GetRequiredService<Seo.Application.Common.Ports.ISandboxCertificateAuthority>();
}

await app.RunAsync();

/// <summary>The API host; public so that tests can start it in memory.</summary>
public partial class Program;
