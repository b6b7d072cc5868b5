using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Events;
using Seo.Application.Common.Ports;
using Seo.Domain.Common;

namespace Seo.Application.Tests;

/// <summary>
/// What the unit of work does at the save, for handler tests without one: runs the application's
/// in-transaction reactions (capacity given back, …) over the events the aggregates raised.
/// </summary>
internal static class UnitOfWorkReactions
{
    public static async Task RunAsync(ICapacityLedger ledger, IEnumerable<IHasDomainEvents> aggregates)
    {
        await using var services = new ServiceCollection()
            .AddSingleton(ledger)
            .AddDomainEventReactions(typeof(DomainEventReactions).Assembly)
            .BuildServiceProvider();
        var reactions = new DomainEventReactions(services);
        foreach (var domainEvent in aggregates.SelectMany(a => a.DomainEvents).ToList())
        {
            await reactions.ReactAsync(domainEvent, CancellationToken.None);
        }
    }
}
