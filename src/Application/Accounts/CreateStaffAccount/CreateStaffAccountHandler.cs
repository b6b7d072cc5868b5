using System.Security.Cryptography;
using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.CreateStaffAccount;

public sealed class CreateStaffAccountHandler(IRepository<Account> accounts, IPasswordHasher passwordHasher, TimeProvider clock)
    : ICommandHandler<CreateStaffAccount, Result<StaffAccountCreated>>
{
    public async ValueTask<Result<StaffAccountCreated>> Handle(CreateStaffAccount command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = EmailAddress.Create(command.Email).Value;
        if (await accounts.AnyAsync(new AccountByEmailSpec(email), cancellationToken))
        {
            return AccountErrors.EmailTaken;
        }

        var generated = command.Password is null ? GeneratePassword() : null;
        var account = Account.CreateStaff(
            AccountId.New(), command.Role!.Value, email, passwordHasher.Hash(command.Password ?? generated!), command.DisplayName!.Trim(), clock.GetUtcNow());
        await accounts.AddAsync(account, cancellationToken);
        return new StaffAccountCreated(AccountDto.From(account), generated);
    }

    /// <summary>A random password of 24 URL-safe characters (144 bits).</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
