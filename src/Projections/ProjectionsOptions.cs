using Microsoft.Extensions.Configuration;

namespace Seo.Projections;

/// <summary>Which process delivers the outbox to the projections.</summary>
public enum ProjectionsHost
{
    /// <summary>The API, in process: the embedded default, which needs no other process or server.</summary>
    Api,

    /// <summary>
    /// The separate worker (<c>dotnet run --project src/Projections</c>); the API then only
    /// reads the read models, so they must be shared stores (Redis), not the API's memory.
    /// </summary>
    Worker,
}

/// <summary><c>Seo:Projections</c>: where the projections run.</summary>
public sealed class ProjectionsOptions
{
    public const string Section = "Seo:Projections";

    /// <summary>
    /// Set by the worker host on itself (<c>Seo:Projections:IsWorkerProcess=true</c>, see
    /// <c>ProjectionsWorker.Overrides</c>), never by configuration: with
    /// <see cref="ProjectionsHost.Worker"/> it tells "this process is the worker" from "this API
    /// leaves the projections to a worker".
    /// </summary>
    public const string IsWorkerProcessSetting = Section + ":" + nameof(IsWorkerProcess);

    /// <summary>The process that runs the projections; <see cref="ProjectionsHost.Api"/> unless configured.</summary>
    public ProjectionsHost RunIn { get; init; } = ProjectionsHost.Api;

    /// <summary>Whether this process is the projections worker (<see cref="IsWorkerProcessSetting"/>).</summary>
    public bool IsWorkerProcess { get; init; }

    /// <summary>
    /// Whether this process writes the read models: the API when it runs the projections itself,
    /// or the worker. An API that leaves them to the worker only reads (the Lucene crossing log
    /// then opens no IndexWriter, which the worker holds).
    /// </summary>
    public bool ProjectsHere => RunIn == ProjectionsHost.Api || IsWorkerProcess;

    public static ProjectionsOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var isWorkerProcess = section[nameof(IsWorkerProcess)] is { Length: > 0 } flag && bool.Parse(flag);
        var runIn = section[nameof(RunIn)];
        if (string.IsNullOrWhiteSpace(runIn))
        {
            runIn = nameof(ProjectionsHost.Api);
        }

        // Names only: "1" or "Api, Worker" would otherwise parse as an enum value nobody defined.
        if (!Enum.GetNames<ProjectionsHost>().Contains(runIn.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(RunIn)} is '{runIn}'; expected {string.Join(" or ", Enum.GetNames<ProjectionsHost>())}.");
        }

        var host = Enum.Parse<ProjectionsHost>(runIn.Trim(), ignoreCase: true);
        if (isWorkerProcess && host != ProjectionsHost.Worker)
        {
            // Only the worker host sets the flag, together with RunIn=Worker; alone it is a mistake.
            throw new InvalidOperationException($"{IsWorkerProcessSetting} is set by the projections worker on itself, with {Section}:{nameof(RunIn)}=Worker; do not configure it.");
        }

        return new ProjectionsOptions { RunIn = host, IsWorkerProcess = isWorkerProcess };
    }
}
