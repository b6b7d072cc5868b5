using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seo.Application;
using Seo.Infrastructure;
using Seo.Infrastructure.Persistence;
using Seo.Projections;

namespace Seo.Worker;

/// <summary>
/// <c>dotnet run --project src/Worker</c>: the same projections the API runs by default,
/// as a process of their own against the configured stores. The API is then started with
/// <c>Seo:Projections:RunIn=Worker</c> so that only this process delivers the outbox.
/// </summary>
public static partial class ProjectionsWorker
{
    /// <summary>What the worker changes in the configuration it is given, whatever that says.</summary>
    internal static readonly IReadOnlyDictionary<string, string?> Overrides = new Dictionary<string, string?>
    {
        [$"{ProjectionsOptions.Section}:{nameof(ProjectionsOptions.RunIn)}"] = nameof(ProjectionsHost.Worker),
        // RunIn=Worker alone means "an API that leaves the projections to the worker"; this says
        // "the worker itself", which writes the read models (and holds the Lucene IndexWriter).
        [ProjectionsOptions.IsWorkerProcessSetting] = "true",
        // Hold expiry, no-shows and the Idempotency-Key purge are the API's jobs.
        ["Seo:Scheduling:Enabled"] = "false",
    };

    public static async Task<int> Main(string[] args)
    {
        IHost host;
        try
        {
            host = Build(args);
        }
        catch (InvalidOperationException error)
        {
            // Before the host exists there is no logger; the reason goes to standard error.
            await Console.Error.WriteLineAsync($"The projections worker cannot start: {error.Message}");
            return 2;
        }

        using var owned = host;
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProjectionsWorker));
        try
        {
            // The worker never migrates: the schema belongs to `-- migrate` (or the embedded API).
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().EnsureCurrentAsync(CancellationToken.None);
            }

            await host.RunAsync();
            return 0;
        }
        catch (InvalidOperationException error)
        {
            LogRefused(logger, error.Message);
            return 2;
        }
    }

    /// <summary>The worker's host; public so that tests can start it in process.</summary>
    public static IHost Build(string[] args, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);
        configure?.Invoke(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(Overrides);
        builder.Services
            .AddApplication()
            .AddInfrastructure(builder.Configuration)
            .AddProjections(builder.Configuration)
            .AddOutboxDispatcher(builder.Configuration)
            .AddWorkerTelemetry(builder.Configuration);
        WorkerHealthFile.AddWorkerHealthFile(builder.Services, builder.Configuration);
        // The worker carries the application layer whole, with request handlers that need the
        // API's own ports (tokens, the caller's address, message senders). It never runs them, so
        // Development's check that every registration can be built would refuse a worker that works.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions
        {
            ValidateScopes = builder.Environment.IsDevelopment(),
            ValidateOnBuild = false,
        }));
        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The projections worker cannot start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
