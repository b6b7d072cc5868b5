using Seo.Application.Audit;
using FluentValidation;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Validation;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.SwitchRegistryService;

/// <summary>
/// The sandbox's registrar takes a simulated registry out of service, or back: while it is out,
/// its check answers "unavailable", so integrators can reproduce <c>registry-unavailable</c> (R20).
/// </summary>
public sealed record SwitchRegistryService(SimulatedRegistry Registry, bool? InService) : ICommand<Result<RegistrySummary>>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.SandboxChanged, Registry.ToString(), new { operation = "switch-service", registry = Registry.ToString(), inService = InService });
}

public sealed class SwitchRegistryServiceValidator : AbstractValidator<SwitchRegistryService>
{
    public SwitchRegistryServiceValidator() => RuleFor(c => c.InService).Required();
}

public sealed class SwitchRegistryServiceHandler(ISandboxRegistries registries) : ICommandHandler<SwitchRegistryService, Result<RegistrySummary>>
{
    public async ValueTask<Result<RegistrySummary>> Handle(SwitchRegistryService command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await registries.SetInServiceAsync(command.Registry, command.InService!.Value, cancellationToken);
        var summary = (await registries.ListAsync(cancellationToken)).Single(r => r.Registry == command.Registry);
        return summary with { InService = command.InService.Value };
    }
}
