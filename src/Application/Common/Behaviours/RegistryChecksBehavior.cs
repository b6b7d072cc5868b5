using Mediator;
using Microsoft.Extensions.Logging;
using Seo.Application.Common.Ports;
using Seo.Application.Common.Telemetry;
using Seo.Application.Verification.Common;
using Seo.Domain.Common;
using Seo.Domain.Verification;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Asks the state registries (R18, the subset of R19) before the command's transaction begins:
/// the gateway may take seconds, and a transaction held open that long would hold every other
/// writer (on SQLite the one write turn). The handler then decides (R20) inside the transaction
/// on the answers in <see cref="VerificationRun"/>. Inside an idempotent HTTP request the
/// request's own transaction is already open, so there the registries are asked inside it.
/// A request that fails after its checks ran is recorded here, in the audit trail, after its
/// transaction rolled back; one that succeeds was recorded by its handler, with the booking.
/// </summary>
public sealed partial class RegistryChecksBehavior<TMessage, TResponse>(
    IVerificationSubjectReader<TMessage> reader,
    IVehicleVerification verification,
    VerificationRun run,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<RegistryChecksBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand, IVerifiedCommand
{
    /// <summary>The extension member of a failure that names its audit record (<c>GET /checks/{id}</c>).</summary>
    public const string RecordMember = "checkRecordId";

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var planned = await reader.ReadAsync(message, cancellationToken);
        if (planned is null)
        {
            return await next(message, cancellationToken);
        }

        var requirements = VerificationPolicy.RequirementsFor(planned.Subject.Owner.Residency);
        IReadOnlyList<CheckOutcome> outcomes;
        using (var checks = SeoActivities.Source.StartActivity("registry checks"))
        {
            checks?.SetTag("seo.checks.required", requirements.Count);
            outcomes = await verification.VerifyAsync(planned.Subject, requirements, cancellationToken);
            checks?.SetTag("seo.checks.answered", outcomes.Count);
        }

        run.Complete(planned, new VerificationReport(requirements, outcomes));

        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // R20: the registries were asked, so what they said is kept even when the command
            // then failed on a fault; the fault itself still reaches the caller.
            await KeepDespiteAsync(run.Failed(clock.GetUtcNow()));
            throw;
        }

        if (FailureResult<TResponse>.ErrorOf(response) is not { } error)
        {
            return response;
        }

        // R20: refusals are kept too, so the user and officers can see why; the command's own
        // writes are gone with its rollback, the record stays.
        var record = run.NotBooked(error, clock.GetUtcNow());
        await unitOfWork.KeepAsync(record, CancellationToken.None);
        var details = new Dictionary<string, object?>(error.Details ?? new Dictionary<string, object?>()) { [RecordMember] = record.Id.Value };
        return FailureResult<TResponse>.From(error with { Details = details });
    }

    /// <summary>Keeps the record of a faulted command; a store that cannot keep it must not hide the fault itself.</summary>
    private async Task KeepDespiteAsync(VerificationRecord record)
    {
        try
        {
            await unitOfWork.KeepAsync(record, CancellationToken.None);
        }
#pragma warning disable CA1031 // The command's own fault is the one the caller must see.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            RecordNotKept(exception, record.Id.Value, typeof(TMessage).Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit record {RecordId} of a failed {Command} could not be kept")]
    private partial void RecordNotKept(Exception exception, Guid recordId, string command);
}
