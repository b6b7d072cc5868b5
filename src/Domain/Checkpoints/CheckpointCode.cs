using Seo.Domain.Common;

namespace Seo.Domain.Checkpoints;

/// <summary>The code of one of the 41 road checkpoints (e.g. DOSTYK), upper case Latin letters, digits and underscores.</summary>
public sealed record CheckpointCode
{
    public const int MaxLength = 40;

    private CheckpointCode(string value) => Value = value;

    public string Value { get; }

    public static Result<CheckpointCode> Create(string? value)
    {
        var upper = value?.Trim().ToUpperInvariant() ?? string.Empty;
        return upper.Length is > 0 and <= MaxLength && upper.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            ? new CheckpointCode(upper)
            : DomainError.Validation("invalid-checkpoint-code", "A checkpoint code is Latin letters, digits and underscores, e.g. DOSTYK.");
    }

    public override string ToString() => Value;
}
