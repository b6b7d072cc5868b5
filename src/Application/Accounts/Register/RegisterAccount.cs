using Mediator;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.Register;

/// <summary>A carrier registers and signs the user agreement (R3, R15), giving the owner data of R16.3.</summary>
public sealed record RegisterAccount(
    string? Email,
    string? Password,
    OwnerKind? Kind,
    Residency? Residency,
    string? OrganisationName,
    string? Surname,
    string? GivenName,
    string? Patronymic,
    string? TaxId,
    string? Phone,
    bool AcceptUserAgreement,
    bool ConsentToPersonalDataProcessing) : ICommand<Result<AccountDto>>;
