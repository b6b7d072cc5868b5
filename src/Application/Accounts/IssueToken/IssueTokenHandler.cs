using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.IssueToken;

public sealed class IssueTokenHandler(IRepository<Account> accounts, IPasswordHasher passwordHasher, ITokenIssuer tokens)
    : IRequestHandler<IssueToken, Result<TokenDto>>
{
    public async ValueTask<Result<TokenDto>> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = EmailAddress.Create(request.Email);
        var account = email.IsSuccess ? await accounts.FirstOrDefaultAsync(new AccountByEmailSpec(email.Value), cancellationToken) : null;

        // The same answer for an unknown e-mail and a wrong password, so logins cannot be probed.
        if (account is null || !passwordHasher.Verify(request.Password ?? string.Empty, account.PasswordHash))
        {
            return AccountErrors.InvalidCredentials;
        }

        return TokenDto.From(tokens.Issue(account), account);
    }
}
