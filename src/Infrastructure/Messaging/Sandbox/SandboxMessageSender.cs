using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Messaging.Common;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Messaging.Sandbox;

/// <summary>
/// Every channel's adapter in sandbox mode (and with <c>Seo:Messaging:RecordOnly</c>): nothing
/// leaves the system; each message is recorded in the write store, where the registrar reads it at
/// <c>GET /api/v1/sandbox/messages</c>, and is accepted with the receipt <c>sandbox-{message id}</c>.
/// </summary>
internal sealed class SandboxMessageSender(IServiceScopeFactory scopes, TimeProvider clock) : ISmsSender, IPushSender, IOfficersConsoleSender, IEmailSender
{
    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var receipt = $"sandbox-{message.MessageId:N}";
        // A scope of its own: the record is written at once, apart from the delivery's tracked messages.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
        if (!await db.SandboxMessages.AnyAsync(m => m.MessageId == message.MessageId, cancellationToken))
        {
            db.SandboxMessages.Add(new SandboxMessageRecord
            {
                MessageId = message.MessageId,
                BookingId = message.BookingId,
                Checkpoint = message.Checkpoint,
                Kind = message.Kind,
                Channel = message.Channel,
                Destination = message.Destination,
                Text = message.Text,
                ReceiptId = receipt,
                ReceivedAt = clock.GetUtcNow(),
            });
            try
            {
                using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A resend that raced this one recorded it first (the message id is the key): once
                // is enough, as for a real provider. Anything else is a failed attempt.
                db.ChangeTracker.Clear();
                if (!await db.SandboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == message.MessageId, cancellationToken))
                {
                    throw;
                }
            }
        }

        return SendOutcome.Accepted(receipt);
    }
}

/// <summary>The sandbox's recorded messages, newest first.</summary>
internal sealed class SandboxMessageStore(SeoDbContext db) : ISandboxMessages
{
    public async Task<SandboxMessagePage> ListAsync(Guid? booking, Domain.Messaging.MessageKind? kind, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.SandboxMessages.AsNoTracking();
        if (booking is { } id)
        {
            query = query.Where(m => m.BookingId == id);
        }

        if (kind is { } only)
        {
            query = query.Where(m => m.Kind == only);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.MessageId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new SandboxMessage(m.MessageId, m.BookingId, m.Checkpoint, m.Kind, m.Channel, m.Destination, m.Text, m.ReceiptId, m.ReceivedAt))
            .ToListAsync(cancellationToken);
        return new SandboxMessagePage(page, pageSize, total, items);
    }
}
