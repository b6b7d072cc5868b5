using System.Reflection;
using Seo.Domain.Common;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Builds a failed <c>Result</c> or <c>Result&lt;T&gt;</c> for any handler's response type, so that
/// pipeline behaviours can stop a message with a <see cref="DomainError"/> instead of throwing.
/// </summary>
internal static class FailureResult<TResponse>
{
    private static readonly Func<DomainError, TResponse>? Factory = CreateFactory();

    public static bool IsSupported => Factory is not null;

    public static TResponse From(DomainError error) =>
        Factory is { } factory
            ? factory(error)
            : throw new InvalidOperationException($"{typeof(TResponse)} cannot carry a failure; handlers return Result or Result<T>.");

    /// <summary>The error a response carries, if it is a failed result.</summary>
    public static DomainError? ErrorOf(TResponse response) => response switch
    {
        Result result => result.Error,
        _ => ErrorProperty?.GetValue(response) as DomainError,
    };

    private static readonly PropertyInfo? ErrorProperty =
        typeof(TResponse).IsGenericType && typeof(TResponse).GetGenericTypeDefinition() == typeof(Result<>)
            ? typeof(TResponse).GetProperty(nameof(Result<object>.Error))
            : null;

    private static Func<DomainError, TResponse>? CreateFactory()
    {
        if (typeof(TResponse) == typeof(Result))
        {
            return error => (TResponse)(object)Result.Failure(error);
        }

        if (typeof(TResponse).IsGenericType && typeof(TResponse).GetGenericTypeDefinition() == typeof(Result<>))
        {
            var method = typeof(TResponse).GetMethod(nameof(Result<object>.Failure), BindingFlags.Public | BindingFlags.Static)!;
            return method.CreateDelegate<Func<DomainError, TResponse>>();
        }

        return null;
    }
}
