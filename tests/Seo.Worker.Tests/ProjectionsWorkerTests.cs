using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Seo.Application.Common.Ports;
using Seo.Projections;
using Seo.Projections.Availability;
using Seo.Projections.Crossings.Lucene;
using Seo.Worker;
using Seo.Tests.Shared;

namespace Seo.Worker.Tests;

/// <summary>
/// <c>dotnet run --project src/Projections</c>: the same projections as the API, in a process of
/// their own, and only against read models that another process can read.
/// </summary>
public sealed class ProjectionsWorkerTests
{
    [Fact]
    public void Projections_run_in_the_API_unless_configured_otherwise()
    {
        ProjectionsOptions.From(Configuration([])).RunIn.ShouldBe(ProjectionsHost.Api);
        ProjectionsOptions.From(Configuration(new() { ["Seo:Projections:RunIn"] = "worker" })).RunIn.ShouldBe(ProjectionsHost.Worker);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Api, Worker")]
    [InlineData("Elsewhere")]
    public void An_unknown_host_name_is_refused_with_the_names_that_exist(string value)
    {
        var error = Should.Throw<InvalidOperationException>(() => ProjectionsOptions.From(Configuration(new() { ["Seo:Projections:RunIn"] = value })));

        error.Message.ShouldContain("Api or Worker");
    }

    [Fact]
    public void Only_the_worker_process_projects_an_API_with_RunIn_Worker_only_reads()
    {
        ProjectionsOptions.From(Configuration([])).ProjectsHere.ShouldBeTrue();
        ProjectionsOptions.From(Configuration(new() { ["Seo:Projections:RunIn"] = "Worker" })).ProjectsHere.ShouldBeFalse();
        ProjectionsOptions.From(Configuration(new(ProjectionsWorker.Overrides))).ProjectsHere.ShouldBeTrue();
    }

    [Fact]
    public void The_worker_process_flag_without_RunIn_Worker_is_refused()
    {
        var error = Should.Throw<InvalidOperationException>(() => ProjectionsOptions.From(Configuration(new() { [ProjectionsOptions.IsWorkerProcessSetting] = "true" })));

        error.Message.ShouldContain(ProjectionsOptions.IsWorkerProcessSetting);
    }

    [Fact]
    public void The_worker_refuses_an_in_process_read_model_that_no_other_process_could_read()
    {
        var error = Should.Throw<InvalidOperationException>(() => ProjectionsWorker.Build([], Embedded));

        error.Message.ShouldContain("ConnectionStrings:Redis");
    }

    [Fact]
    public async Task The_worker_process_exits_with_a_reason_instead_of_running_without_a_shared_read_model()
    {
        var exitCode = await ProjectionsWorker.Main([$"--Persistence:DataDirectory={Path.Combine(Path.GetTempPath(), "seo-worker-tests", Guid.NewGuid().ToString("N"))}", "--ConnectionStrings:Redis="]);

        exitCode.ShouldBe(2);
    }

    [Fact]
    public void The_worker_delivers_the_outbox_to_the_projections_and_leaves_the_API_its_jobs()
    {
        using var host = ProjectionsWorker.Build([], configuration =>
        {
            Embedded(configuration);
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=200",
                // A setting the worker must override: it never runs the API's scheduled jobs.
                ["Seo:Scheduling:Enabled"] = "true",
            });
        });

        host.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ShouldContain("OutboxDispatcher");
        host.Services.GetRequiredService<IAvailabilityReadModel>().ShouldBeOfType<RedisOutageGuard>();
        host.Services.GetRequiredService<RedisAvailabilityReadModel>().ShouldNotBeNull();
        host.Services.GetRequiredService<ProjectionsOptions>().RunIn.ShouldBe(ProjectionsHost.Worker);
        // The worker writes the crossing log: it holds the Lucene IndexWriter, the API only reads.
        host.Services.GetRequiredService<ProjectionsOptions>().IsWorkerProcess.ShouldBeTrue();
        host.Services.GetRequiredService<LuceneCrossingLog>().ShouldNotBeNull();
        host.Services.GetService<ReadOnlyLuceneCrossingLog>().ShouldBeNull();
        host.Services.GetRequiredService<IConfiguration>()["Seo:Scheduling:Enabled"].ShouldBe("false");
    }

    [Fact]
    public void The_worker_builds_in_Development_too_where_the_host_would_check_every_registration()
    {
        using var host = ProjectionsWorker.Build(["--environment", "Development"], configuration =>
        {
            Embedded(configuration);
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=200" });
        });

        host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment().ShouldBeTrue();
        host.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ShouldContain("OutboxDispatcher");
    }

    [Fact]
    public void The_worker_exports_its_traces_and_metrics_only_to_a_configured_collector()
    {
        IHost Worker(string? otlpEndpoint) => ProjectionsWorker.Build([], configuration =>
        {
            Embedded(configuration);
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort.Next()},connectTimeout=200",
                ["Seo:Telemetry:OtlpEndpoint"] = otlpEndpoint,
            });
        });

        using (var silent = Worker(null))
        {
            silent.Services.GetService<TracerProvider>().ShouldBeNull();
            silent.Services.GetService<MeterProvider>().ShouldBeNull();
        }

        using var exporting = Worker($"http://127.0.0.1:{ClosedPort.Next()}");
        var tracer = exporting.Services.GetRequiredService<TracerProvider>();
        exporting.Services.GetRequiredService<MeterProvider>().ShouldNotBeNull();

        // Its spans (each outbox delivery) are the worker's, beside the API's in the same collector.
        tracer.GetResource().Attributes.ShouldContain(new KeyValuePair<string, object>("service.name", WorkerTelemetry.ServiceName));
    }

    private static void Embedded(IConfigurationBuilder configuration) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:DataDirectory"] = Path.Combine(Path.GetTempPath(), "seo-worker-tests"),
            ["ConnectionStrings:Redis"] = null,
        });

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
