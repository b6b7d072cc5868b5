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
    BookingOptions options,
    TimeProvider clock) : ICommandHandler<RegisterAccount, Result<AccountDto>>
{
    public async ValueTask<Result<AccountDto>> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = EmailAddress.Create(command.Email).Value;
        if (await accounts.AnyAsync(new AccountByEmailSpec(email), cancellationToken))
        {
            return AccountErrors.EmailTaken;
        }

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

        await accounts.AddAsync(account.Value, cancellationToken);
        return AccountDto.From(account.Value);
    }
}
