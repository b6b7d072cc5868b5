using System.Security.Cryptography;
using Mediator;
using Seo.Application.Accounts.GetMyAccount;
using Seo.Application.Common;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.IdentityProof;

/// <summary>R15: a challenge for the account's owner to sign with their digital-signature certificate.</summary>
public sealed record IssueIdentityChallenge : ICommand<Result<IdentityChallengeDto>>;

/// <param name="Challenge">The exact text to sign (its UTF-8 bytes), and to send back with the signature.</param>
/// <param name="ExpiresAt">After this the challenge is refused; ask for a new one.</param>
/// <param name="Algorithms">The signatures accepted.</param>
public sealed record IdentityChallengeDto(string Challenge, DateTimeOffset ExpiresAt, IReadOnlyList<string> Algorithms);

public sealed class IssueIdentityChallengeHandler(
    IRepository<Account> accounts, ICurrentUser currentUser, IdentityProofOptions options, TimeProvider clock)
    : ICommandHandler<IssueIdentityChallenge, Result<IdentityChallengeDto>>
{
    public static readonly IReadOnlyList<string> Algorithms = ["RSA PKCS#1 v1.5 or PSS with SHA-256", "ECDSA with SHA-256 (DER or IEEE P1363)"];

    public async ValueTask<Result<IdentityChallengeDto>> Handle(IssueIdentityChallenge command, CancellationToken cancellationToken)
    {
        var account = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id), cancellationToken) : null;
        if (account is null)
        {
            return GetMyAccountHandler.NotFound;
        }

        var now = clock.GetUtcNow();
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = account.IssueIdentityChallenge(nonce, options.ChallengeLifetime, now);
        return challenge.IsSuccess ? new IdentityChallengeDto(challenge.Value, now + options.ChallengeLifetime, Algorithms) : challenge.Error;
    }
}
