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

    /// <summary>The process that runs the projections; <see cref="ProjectionsHost.Api"/> unless configured.</summary>
    public ProjectionsHost RunIn { get; init; } = ProjectionsHost.Api;

    public static ProjectionsOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var runIn = section[nameof(RunIn)];
        if (string.IsNullOrWhiteSpace(runIn))
        {
            return new ProjectionsOptions();
        }

        // Names only: "1" or "Api, Worker" would otherwise parse as an enum value nobody defined.
        if (!Enum.GetNames<ProjectionsHost>().Contains(runIn.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(RunIn)} is '{runIn}'; expected {string.Join(" or ", Enum.GetNames<ProjectionsHost>())}.");
        }

        return new ProjectionsOptions { RunIn = Enum.Parse<ProjectionsHost>(runIn.Trim(), ignoreCase: true) };
    }
}
