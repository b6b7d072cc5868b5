using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Seo.Domain.Common;

namespace Seo.Application.Common.Events;

/// <summary>Runs the <see cref="IDomainEventReaction{TEvent}"/>s registered for an event's type.</summary>
public sealed class DomainEventReactions(IServiceProvider services)
{
    /// <summary>No reactions at all: for a store tested on its own.</summary>
    public static readonly DomainEventReactions None = new(new NoServices());

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Dispatchers = new();

    public Task ReactAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var dispatch = Dispatchers.GetOrAdd(domainEvent.GetType(), static type =>
            (Func<IServiceProvider, IDomainEvent, CancellationToken, Task>)Delegate.CreateDelegate(
                typeof(Func<IServiceProvider, IDomainEvent, CancellationToken, Task>),
                typeof(DomainEventReactions).GetMethod(nameof(DispatchAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type)));
        return dispatch(services, domainEvent, cancellationToken);
    }

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var reaction in services.GetServices<IDomainEventReaction<TEvent>>())
        {
            await reaction.ReactAsync((TEvent)domainEvent, cancellationToken);
        }
    }

    /// <summary>A container with nothing registered: every list of reactions is empty.</summary>
    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? Array.CreateInstance(serviceType.GetGenericArguments()[0], 0)
                : null;
    }
}
