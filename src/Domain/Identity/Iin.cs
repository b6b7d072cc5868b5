using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>Individual identification number (ИИН) of a resident person: 12 digits with a check digit.</summary>
public sealed record Iin
{
    private Iin(string value) => Value = value;

    public string Value { get; }

    public static Result<Iin> Create(string? value) =>
        KazakhIdentifier.IinProblem(value) is { } problem
            ? DomainError.Validation("invalid-iin", $"The IIN {problem}.")
            : new Iin(value!);

    public override string ToString() => Value;
}
