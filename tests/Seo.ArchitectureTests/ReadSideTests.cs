using System.Reflection;
using System.Reflection.Emit;
using Mediator;
using Seo.Application.Common.Ports;

namespace Seo.ArchitectureTests;

/// <summary>
/// Queries read the read side (docs/architecture.md): a query handler lists through a projection
/// specification (<c>Specification&lt;T, TResult&gt;</c>, selecting only what the answer shows),
/// never through <see cref="IRepository{T}.ListAsync(Ardalis.Specification.ISpecification{T}, CancellationToken)"/>,
/// which materialises whole aggregates. The check reads each handler's IL, its async state machine
/// included; <see cref="The_entity_list_check_detects_a_command_that_loads_aggregates"/> proves it can fail.
/// </summary>
public sealed class ReadSideTests
{
    private static readonly Assembly Application = typeof(Seo.Application.DependencyInjection).Assembly;

    /// <summary>
    /// Query handlers that still list entities, each for a reason of its own; the list only shrinks.
    /// </summary>
    private static readonly string[] NotYetProjected =
    [
        // The tariff is reference data built from its revisions by domain code (R25), and small.
        "GetTariffsHandler",
        // A segment's holds are a column mapped to a private field, which only Infrastructure can name in a query.
        "ListVideoSegmentsHandler",
    ];

    [Fact]
    public void Query_handlers_list_through_projections()
    {
        var queryHandlers = Application.GetTypes().Where(IsQueryHandler).ToList();
        queryHandlers.Count.ShouldBeGreaterThan(20);

        var listingEntities = queryHandlers.Where(ListsEntities).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

        listingEntities.ShouldBe(NotYetProjected.Order(StringComparer.Ordinal).ToList(), ignoreOrder: false,
            "a query handler lists a projection, not aggregates; a handler moved to a projection leaves NotYetProjected");
    }

    [Fact]
    public void The_entity_list_check_detects_a_command_that_loads_aggregates() =>
        // Expiring holds changes each booking, so it loads them: the check must see that call.
        ListsEntities(typeof(Seo.Application.Bookings.ExpireHolds.ExpireHoldsHandler)).ShouldBeTrue();

    private static bool IsQueryHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>));

    /// <summary>Whether the type, or a type nested in it (its async state machines), calls the entity overload of <c>ListAsync</c>.</summary>
    private static bool ListsEntities(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Any(m => CalledMethods(m).Any(IsEntityListAsync));

    private static bool IsEntityListAsync(MethodBase method) =>
        method is { Name: nameof(IRepository<>.ListAsync), IsGenericMethod: false, DeclaringType: { IsGenericType: true } declaring }
        && declaring.GetGenericTypeDefinition() == typeof(IRepository<>);

    /// <summary>The methods a method body calls, read from its IL (call and callvirt tokens).</summary>
    private static IEnumerable<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value)
            {
                continue;
            }

            MethodBase? called;
            try
            {
                called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), method.DeclaringType?.GetGenericArguments(), method.GetGenericArguments());
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException)
            {
                called = null;
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }
}
