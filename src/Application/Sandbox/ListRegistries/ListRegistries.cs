using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.ListRegistries;

/// <summary>The sandbox's simulated registries: the check each answers, its key and fields, its record count and whether it is in service.</summary>
public sealed record ListRegistries : IQuery<Result<IReadOnlyList<RegistrySummary>>>;

public sealed class ListRegistriesHandler(ISandboxRegistries registries) : IQueryHandler<ListRegistries, Result<IReadOnlyList<RegistrySummary>>>
{
    public async ValueTask<Result<IReadOnlyList<RegistrySummary>>> Handle(ListRegistries query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<RegistrySummary>>.Success(await registries.ListAsync(cancellationToken));
}
