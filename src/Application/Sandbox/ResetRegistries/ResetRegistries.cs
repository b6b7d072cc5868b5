using Seo.Application.Audit;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.ResetRegistries;

/// <summary>The sandbox's registrar puts every simulated registry back to the demo data set (dated from today), all in service.</summary>
public sealed record ResetRegistries : ICommand<Result>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.SandboxChanged, null, new { operation = "reset-registries" });
}

public sealed class ResetRegistriesHandler(ISandboxRegistries registries) : ICommandHandler<ResetRegistries, Result>
{
    public async ValueTask<Result> Handle(ResetRegistries command, CancellationToken cancellationToken)
    {
        await registries.ResetAsync(cancellationToken);
        return Result.Success();
    }
}
