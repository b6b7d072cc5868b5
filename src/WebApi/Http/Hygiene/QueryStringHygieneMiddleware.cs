using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Seo.WebApi.Http.Hygiene;

/// <summary>
/// Marks the endpoints whose query strings parse strictly: a parameter given twice
/// (<c>?plate=A&amp;plate=B</c>, which would otherwise bind as "A,B" or the first of them) or one
/// the endpoint does not take (a misspelt filter that would silently match everything) is 400.
/// </summary>
internal sealed class StrictQueryString
{
    public static readonly StrictQueryString Instance = new();

    private StrictQueryString()
    {
    }
}

/// <summary>Applies <see cref="StrictQueryString"/> before binding, so the answer names the parameter.</summary>
internal sealed class QueryStringHygieneMiddleware(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Endpoint, FrozenSet<string>> Accepted = new();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Query.Count == 0
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<StrictQueryString>() is null)
        {
            return next(context);
        }

        var accepted = Accepted.GetOrAdd(endpoint, NamesOf);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Request.Query)
        {
            if (!accepted.Contains(name))
            {
                return new InputProblem(InputProblem.UnknownQueryParameter, name, $"This endpoint takes no query parameter '{name}'.")
                    .ToResult().ExecuteAsync(context);
            }

            // Names differing only in case are one parameter to the binder, so they are repeats too.
            if (values.Count > 1 || !seen.Add(name))
            {
                return new InputProblem(InputProblem.RepeatedQueryParameter, name, $"The query parameter '{name}' is given more than once; give it once.")
                    .ToResult().ExecuteAsync(context);
            }
        }

        return next(context);
    }

    /// <summary>The names the endpoint's handler binds, <c>[AsParameters]</c> records expanded (a superset of its query parameters, which is enough).</summary>
    private static FrozenSet<string> NamesOf(Endpoint endpoint)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
        {
            names.Add(parameter.Name);
            if (parameter.ParameterInfo.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterInfo.ParameterType.GetProperties())
                {
                    names.Add(property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name ?? property.Name);
                }
            }
        }

        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
