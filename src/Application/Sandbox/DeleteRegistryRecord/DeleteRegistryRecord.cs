using Seo.Application.Audit;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Application.Sandbox.Common;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.DeleteRegistryRecord;

/// <summary>The sandbox's registrar removes a record: a fine paid, a wanted notice lifted, a policy cancelled.</summary>
public sealed record DeleteRegistryRecord(SimulatedRegistry Registry, string? Key) : ICommand<Result>, IAudited
{
    public AuditRecord? AuditRecord(object? answer, ICurrentUser caller) =>
        new(AuditActions.SandboxChanged, $"{Registry}/{Key}", new { operation = "delete-record", registry = Registry.ToString(), key = Key });
}

public sealed class DeleteRegistryRecordValidator : AbstractValidator<DeleteRegistryRecord>
{
    public DeleteRegistryRecordValidator() =>
        RuleFor(c => c.Key).Custom((key, context) =>
        {
            var registry = context.InstanceToValidate.Registry;
            if (Enum.IsDefined(registry) && RecordKey.Normalise(RegistryCatalog.Describe(registry).Key, key) is { IsSuccess: false } refused)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, refused.Error!.Message) { ErrorCode = refused.Error.Code });
            }
        });
}

public sealed class DeleteRegistryRecordHandler(ISandboxRegistries registries) : ICommandHandler<DeleteRegistryRecord, Result>
{
    public async ValueTask<Result> Handle(DeleteRegistryRecord command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var key = RecordKey.Normalise(RegistryCatalog.Describe(command.Registry).Key, command.Key).Value;
        return await registries.DeleteAsync(command.Registry, key, cancellationToken) ? Result.Success() : SandboxErrors.RecordNotFound;
    }
}
