using Mediator;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.Register;

/// <summary>
/// A carrier registers and signs the user agreement (R3, R15), giving the owner data of R16.3. The
/// answer is the same whether or not the e-mail is taken (docs/identity.md, "Registration"): the
/// account id comes from signing in.
/// </summary>
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
    bool ConsentToPersonalDataProcessing) : ICommand<Result<RegistrationAccepted>>;

/// <summary>The neutral answer to a registration: it says nothing of whether the e-mail was free.</summary>
/// <param name="Email">The e-mail as it will be used to sign in (normalised).</param>
/// <param name="Next">What to do next.</param>
public sealed record RegistrationAccepted(string Email, string Next)
{
    public const string NextStep =
        "Sign in with POST /api/v1/auth/token. If this e-mail already had an account, its holder has been told and no new account was made.";

    public static RegistrationAccepted For(EmailAddress email) => new(email.Value, NextStep);

    /// <summary>
    /// Two registrations of one fresh e-mail at the same instant both find it free, and the second
    /// to commit meets the unique index after the handler, in the unit of work: it is answered like
    /// any taken e-mail, so the race reveals nothing either (the account made is the first one's).
    /// </summary>
    public static Result<RegistrationAccepted> AlikeWhenTheEmailWasTaken(Result<RegistrationAccepted> result, RegisterAccount command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return !result.IsSuccess && result.Error.Code == AccountErrors.EmailTaken.Code ? For(EmailAddress.Create(command.Email).Value) : result;
    }
}
