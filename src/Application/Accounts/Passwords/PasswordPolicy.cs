using System.Collections.Frozen;
using System.Reflection;
using FluentValidation;

namespace Seo.Application.Accounts.Passwords;

/// <summary>
/// What a password must be wherever one is set (registration, a staff account): 10 to 200
/// characters, not one of the very common passwords shipped with the app (compared without case,
/// and again with trailing digits and punctuation removed, so "Password2026!" is refused too),
/// and not containing the local part of the account's e-mail. Every refusal is <c>weak-password</c>.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 200;
    public const string Code = "weak-password";

    /// <summary>A local part shorter than this ("a@…") is too short to be a guess worth refusing.</summary>
    private const int MinLocalPartLength = 3;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    /// <summary>Null when the password may be used, else why not.</summary>
    public static string? Problem(string? password, string? email)
    {
        if (password is not { Length: >= MinLength and <= MaxLength })
        {
            return $"A password has {MinLength} to {MaxLength} characters.";
        }

        var lower = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lower) || Common.Value.Contains(lower.TrimEnd(TrailingNoise)))
        {
            return "This password is one of the most common ones; choose another.";
        }

        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at >= MinLocalPartLength && password.Contains(email![..at], StringComparison.OrdinalIgnoreCase))
        {
            return "A password may not contain the e-mail address's name.";
        }

        return null;
    }

    /// <summary>The password rule of a command, with the e-mail the account signs in with.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> email) =>
        rule.Custom((password, context) =>
        {
            if (Problem(password, email(context.InstanceToValidate)) is { } problem)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, problem) { ErrorCode = Code });
            }
        });

    private static readonly char[] TrailingNoise = "0123456789!@#$%^&*?.,-_+= ".ToCharArray();

    private static FrozenSet<string> LoadCommon()
    {
        var assembly = typeof(PasswordPolicy).Assembly;
        using var stream = assembly.GetManifestResourceStream("Seo.Application.Accounts.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
