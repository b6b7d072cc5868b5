using System.Reflection;
using Mediator;
using Seo.Domain.Common;

namespace Seo.ArchitectureTests;

/// <summary>Conventions the code base keeps: behaviour-rich aggregates and one folder per use case.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Domain = typeof(DomainError).Assembly;
    private static readonly Assembly Application = typeof(Seo.Application.DependencyInjection).Assembly;

    [Fact]
    public void Aggregates_have_no_public_setters()
    {
        var aggregates = Domain.GetTypes().Where(t => !t.IsAbstract && IsAggregate(t)).ToList();
        aggregates.ShouldNotBeEmpty();

        var publicSetters = aggregates
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        publicSetters.ShouldBeEmpty();
    }

    [Fact]
    public void Handlers_are_sealed_and_live_beside_their_message()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            .ToList();
        handlers.Count.ShouldBeGreaterThan(5);

        foreach (var handler in handlers)
        {
            handler.IsSealed.ShouldBeTrue(handler.Name);
            var message = handler.GetInterfaces().First(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())).GetGenericArguments()[0];
            handler.Namespace.ShouldBe(message.Namespace, $"{handler.Name} and {message.Name} share the use case's folder");
            handler.Name.ShouldBe($"{message.Name}Handler");
        }
    }

    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<,>)];

    private static bool IsAggregate(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(AggregateRoot<>))
            {
                return true;
            }
        }

        return false;
    }
}
