using Seo.Domain.Common;

namespace Seo.Domain.Identity;

/// <summary>A person's full name (R16.3, R16.4): surname and given name required, patronymic optional.</summary>
public sealed record PersonName
{
    private PersonName(string surname, string givenName, string? patronymic)
    {
        Surname = surname;
        GivenName = givenName;
        Patronymic = patronymic;
    }

    public string Surname { get; }

    public string GivenName { get; }

    public string? Patronymic { get; }

    public static Result<PersonName> Create(string? surname, string? givenName, string? patronymic = null)
    {
        if (string.IsNullOrWhiteSpace(surname) || string.IsNullOrWhiteSpace(givenName)
            || surname.Length > 100 || givenName.Length > 100 || patronymic?.Length > 100)
        {
            return DomainError.Validation("invalid-name", "Surname and given name are required (at most 100 characters each).");
        }

        return new PersonName(surname.Trim(), givenName.Trim(), string.IsNullOrWhiteSpace(patronymic) ? null : patronymic.Trim());
    }

    public override string ToString() => Patronymic is null ? $"{Surname} {GivenName}" : $"{Surname} {GivenName} {Patronymic}";
}
