using FluentValidation;
using Seo.Domain.PriorityLists;

namespace Seo.Application.PriorityLists.Common;

public static class PriorityListKindRules
{
    /// <summary>The kind in the address is one of the two lists R6 names.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAPriorityListKind<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(kind => PriorityListKinds.TryParse(kind, out _))
            .WithErrorCode(PriorityListErrors.UnknownKind.Code).WithMessage(PriorityListErrors.UnknownKind.Message);

    /// <summary>The kind of validated input; the validator has already refused anything else.</summary>
    public static PriorityListKind ParseKind(string? kind) =>
        PriorityListKinds.TryParse(kind, out var parsed) ? parsed : throw new ArgumentException("Kind was not validated.", nameof(kind));
}
