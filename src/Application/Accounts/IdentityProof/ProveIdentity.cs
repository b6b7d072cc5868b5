using System.Text;
using FluentValidation;
using Mediator;
using Seo.Application.Accounts.GetMyAccount;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.IdentityProof;

/// <summary>
/// R15, R16.3: the owner sends back the challenge, its signature and the signer's certificate chain
/// (the signer's certificate first, base64 DER); a verified certificate carrying the account's
/// IIN/BIN binds the account to it.
/// </summary>
public sealed record ProveIdentity(string? Challenge, string? Signature, IReadOnlyList<string>? Certificates) : ICommand<Result<AccountDto>>;

public sealed class ProveIdentityValidator : AbstractValidator<ProveIdentity>
{
    public const int MaxCertificates = 5;

    public ProveIdentityValidator()
    {
        RuleFor(c => c.Challenge).NotEmpty().WithErrorCode("required-field").MaximumLength(200).WithErrorCode("identity-challenge-not-found");
        RuleFor(c => c.Signature).NotEmpty().WithErrorCode("required-field")
            .Must(IsBase64).WithErrorCode("invalid-signature").WithMessage("The signature is base64.");
        RuleFor(c => c.Certificates).NotEmpty().WithErrorCode("required-field")
            .Must(c => c is null || c.Count <= MaxCertificates).WithErrorCode("invalid-certificate")
            .WithMessage($"At most {MaxCertificates} certificates: the signer's, then its intermediates.");
        RuleForEach(c => c.Certificates).Must(IsBase64).WithErrorCode("invalid-certificate").WithMessage("Each certificate is base64 DER.");
    }

    internal static bool IsBase64(string? text) =>
        text is { Length: > 0 and <= 16_384 } && Convert.TryFromBase64String(text, new byte[text.Length], out _);
}

public sealed class ProveIdentityHandler(
    IRepository<Account> accounts, IIdentityCertificateVerifier verifier, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ProveIdentity, Result<AccountDto>>
{
    public async ValueTask<Result<AccountDto>> Handle(ProveIdentity command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id), cancellationToken) : null;
        if (account is null)
        {
            return GetMyAccountHandler.NotFound;
        }

        var now = clock.GetUtcNow();
        // The challenge first: a stale or replayed one is refused before any certificate is looked at.
        var live = account.CheckIdentityChallenge(command.Challenge, now);
        if (!live.IsSuccess)
        {
            return live.Error;
        }

        var certified = verifier.Verify(
            Encoding.UTF8.GetBytes(command.Challenge!),
            Convert.FromBase64String(command.Signature!),
            command.Certificates!.Select(Convert.FromBase64String).ToList());
        if (!certified.IsSuccess)
        {
            return certified.Error;
        }

        var proven = account.ProveIdentity(command.Challenge!, certified.Value, now);
        if (!proven.IsSuccess)
        {
            return proven.Error;
        }

        // R15: one account per IIN/BIN (a refusal writes nothing); the store's unique index settles a race between two.
        var holder = await accounts.FirstOrDefaultAsync(new AccountWithProvenTaxIdSpec(account.ProvenTaxId!), cancellationToken);
        return holder is not null && holder.Id != account.Id ? IdentityErrors.TaxIdProvenByAnother : AccountDto.From(account);
    }
}
