using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seo.Application.Common.Ports;
using Seo.Domain.Audit;

namespace Seo.Infrastructure.Persistence.Audit;

internal sealed class EfAuditTrail(SeoDbContext db, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock) : IAuditTrail
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    public void Record(AuditRecord record) => db.AuditEntries.Add(Draft(record));

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var draft = Draft(record);
        return unitOfWork.RunAsync(
            async token =>
            {
                await using var scope = await unitOfWork.BeginAsync(token);
                db.AuditEntries.Add(draft);
                await db.SaveChangesAsync(token);
                await scope.CommitAsync(token);
                return true;
            },
            cancellationToken);
    }

    private AuditEntry Draft(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var details = record.Details is null ? "{}" : JsonSerializer.Serialize(record.Details, record.Details.GetType(), DetailsJson);
        var actor = record.Actor ?? currentUser.AccountId?.ToString() ?? AuditRecord.Anonymous;
        return AuditEntry.Draft(clock.GetUtcNow(), actor, record.Action, record.Target, details);
    }
}

internal sealed class EfAuditLog(SeoDbContext db) : IAuditLog
{
    private const int VerifyPage = 1000;

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Actor is { } actor)
        {
            entries = entries.Where(e => e.Actor == actor);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.Target is { } target)
        {
            entries = entries.Where(e => e.Target == target);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Sequence).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        // The head first: entries appended while the walk runs only lengthen what is walked.
        var head = await db.AuditHead.AsNoTracking().Where(h => h.Id == AuditHead.TheOne).Select(h => h.Sequence).SingleAsync(cancellationToken);
        var verifier = new AuditChainVerifier();
        var after = 0L;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(VerifyPage).ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                if (!verifier.Accept(entry))
                {
                    return verifier.Finish(head);
                }
            }

            if (page.Count < VerifyPage)
            {
                return verifier.Finish(head);
            }

            after = page[^1].Sequence;
        }
    }
}

/// <summary>The caller of a host that serves no requests: the system itself.</summary>
internal sealed class NoCurrentUser : ICurrentUser
{
    public Domain.Accounts.AccountId? AccountId => null;

    public Domain.Accounts.Role? Role => null;

    public Guid? SessionId => null;
}
