using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// Walks what a request bound (its JSON body, its query parameters) by the serializer's own
/// contract, so members are named as the client wrote them: a <c>null</c> inside any array
/// (<c>"drivers":[null]</c>) and forbidden characters in any text (<see cref="TextHygiene"/>)
/// are refused with 400 before a handler sees them. One place for every endpoint, so no
/// validator has to remember either.
/// </summary>
internal sealed class RequestBodyHygieneFilter(IOptions<JsonOptions> json) : IEndpointFilter
{
    /// <summary>Request shapes are shallow trees; the bound guards against a cycle, never hit by real input.</summary>
    private const int MaxDepth = 16;

    private readonly JsonSerializerOptions options = json.Value.SerializerOptions;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsRequestShape(argument.GetType()) && Find(argument, string.Empty, 0) is { } problem)
            {
                return ValueTask.FromResult<object?>(problem.ToResult());
            }
        }

        return next(context);
    }

    /// <summary>The records the API binds from a body or <c>[AsParameters]</c>; services, route values and the like are not walked.</summary>
    private static bool IsRequestShape(Type type) =>
        type.Namespace?.StartsWith("Seo.", StringComparison.Ordinal) == true && !type.IsEnum && type.IsClass;

    private InputProblem? Find(object value, string path, int depth)
    {
        if (value is string text)
        {
            return TextHygiene.HasForbiddenCharacters(text)
                ? new InputProblem(InputProblem.ControlCharacters, path,
                    $"'{path}' contains a control or bidirectional-override character; names and texts may not carry them.")
                : null;
        }

        if (depth >= MaxDepth)
        {
            return null;
        }

        var contract = options.GetTypeInfo(value.GetType());
        return contract.Kind switch
        {
            JsonTypeInfoKind.Object => FindInMembers(value, contract, path, depth),
            JsonTypeInfoKind.Enumerable => FindInItems((IEnumerable)value, path, depth),
            JsonTypeInfoKind.Dictionary => FindInItems(((IDictionary)value).Values, path, depth),
            _ => null,
        };
    }

    private InputProblem? FindInMembers(object value, JsonTypeInfo contract, string path, int depth)
    {
        foreach (var member in contract.Properties)
        {
            if (member.Get?.Invoke(value) is { } memberValue
                && Find(memberValue, path.Length == 0 ? member.Name : $"{path}.{member.Name}", depth + 1) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private InputProblem? FindInItems(IEnumerable items, string path, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}[{index++}]";
            if (item is null)
            {
                return new InputProblem(InputProblem.NullItem, itemPath, $"'{itemPath}' is null; an array holds no null items.");
            }

            if (Find(item, itemPath, depth + 1) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}
