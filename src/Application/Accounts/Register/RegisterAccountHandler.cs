using Mediator;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.Register;

public sealed class RegisterAccountHandler(
    IRepository<Account> accounts,
    IPasswordWork passwordWork,
    RegistrationAttemptNotice holderNotice,
    BookingOptions options,
    TimeProvider clock) : ICommandHandler<RegisterAccount, Result<RegistrationAccepted>>
{
    public async ValueTask<Result<RegistrationAccepted>> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = EmailAddress.Create(command.Email).Value;
        PersonName? personName = null;
        if (command.Kind == OwnerKind.Individual)
        {
            var name = PersonName.Create(command.Surname, command.GivenName, command.Patronymic);
            if (!name.IsSuccess)
            {
                return name.Error;
            }

            personName = name.Value;
        }

        var owner = OwnerProfile.Create(
            command.Kind!.Value, command.Residency!.Value, command.OrganisationName, personName, command.TaxId, PhoneNumber.Create(command.Phone).Value);
        if (!owner.IsSuccess)
        {
            return owner.Error;
        }

        // Every check that does not depend on the e-mail being free comes first, and the password is
        // hashed either way: a taken e-mail is answered like a fresh one, in the same time.
        var hash = await passwordWork.HashAsync(command.Password!, cancellationToken);
        if (!hash.IsSuccess)
        {
            return hash.Error;
        }

        var account = Account.RegisterUser(
            AccountId.New(),
            email,
            hash.Value,
            owner.Value,
            command.AcceptUserAgreement,
            command.ConsentToPersonalDataProcessing,
            options.AgreementVersion,
            clock.GetUtcNow());
        if (!account.IsSuccess)
        {
            return account.Error;
        }

        var accepted = RegistrationAccepted.For(email);
        var holder = await accounts.FirstOrDefaultAsync(new AccountByEmailSpec(email), cancellationToken);
        if (holder is not null)
        {
            await holderNotice.TellAsync(holder, cancellationToken);
            return accepted;
        }

        await accounts.AddAsync(account.Value, cancellationToken);
        return accepted;
    }
}
