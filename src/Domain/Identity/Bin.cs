using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>Business identification number (БИН) of a resident legal entity: 12 digits with a check digit.</summary>
public sealed record Bin
{
    private Bin(string value) => Value = value;

    public string Value { get; }

    public static Result<Bin> Create(string? value) =>
        KazakhIdentifier.BinProblem(value) is { } problem
            ? DomainError.Validation("invalid-bin", $"The BIN {problem}.")
            : new Bin(value!);

    public override string ToString() => Value;
}
