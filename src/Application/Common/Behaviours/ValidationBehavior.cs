using FluentValidation;
using Mediator;
using Seo.Domain.Common;

namespace Seo.Application.Common.Behaviours;

/// <summary>
/// Runs the message's validators before its handler; invalid input becomes a validation
/// failure with an error per field and never reaches the handler, so it writes nothing.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        return FailureResult<TResponse>.From(ToDomainError(failures));
    }

    /// <summary>One field error map; the problem's code is the failures' own code when they share one.</summary>
    public static DomainError ToDomainError(IReadOnlyCollection<FluentValidation.Results.ValidationFailure> failures)
    {
        var errors = failures
            .GroupBy(f => ToCamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var codes = failures.Select(f => f.ErrorCode).Where(c => !string.IsNullOrEmpty(c) && !c.EndsWith("Validator", StringComparison.Ordinal)).Distinct().ToList();
        var code = codes.Count == 1 ? codes[0] : "validation-failed";
        return DomainError.Validation(code, failures.Count == 1 ? failures.First().ErrorMessage : "One or more fields are invalid.", errors);
    }

    private static string ToCamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
