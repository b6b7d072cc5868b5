using Mediator;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;
using Seo.Domain.Identity;

namespace Seo.Application.Accounts.IssueToken;

public sealed class IssueTokenHandler(IRepository<Account> accounts, IPasswordHasher passwordHasher, ITokenIssuer tokens)
    : IRequestHandler<IssueToken, Result<TokenDto>>
{
    /// <summary>A hash of a random password, verified against when the e-mail is unknown.</summary>
    private static string? unknownAccountHash;

    public async ValueTask<Result<TokenDto>> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = EmailAddress.Create(request.Email);
        var account = email.IsSuccess ? await accounts.FirstOrDefaultAsync(new AccountByEmailSpec(email.Value), cancellationToken) : null;

        // The same answer, after the same work, for an unknown e-mail and a wrong password, so
        // neither the answer nor its timing tells whether an account exists.
        var hash = account?.PasswordHash ?? (unknownAccountHash ??= passwordHasher.Hash(Guid.NewGuid().ToString()));
        var verified = passwordHasher.Verify(request.Password ?? string.Empty, hash);
        if (account is null || !verified)
        {
            return AccountErrors.InvalidCredentials;
        }

        return TokenDto.From(tokens.Issue(account), account);
    }
}
