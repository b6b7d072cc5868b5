using FluentValidation;
using Mediator;
using Seo.Application.Accounts;
using Seo.Application.Accounts.IdentityProof;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Sandbox.IssueTestCertificate;

/// <summary>
/// Sandbox only: a test signing certificate for the caller's owner data (their IIN or BIN, or
/// <see cref="TaxId"/> to try another), over the public key they send, from the sandbox test root.
/// The private key never leaves the caller.
/// </summary>
/// <param name="PublicKey">Base64 DER SubjectPublicKeyInfo of an RSA (2048 bits or more) or EC (P-256, P-384, P-521) key.</param>
public sealed record IssueTestCertificate(string? PublicKey, string? TaxId) : ICommand<Result<TestCertificateDto>>;

/// <param name="Certificates">Base64 DER: the signer's certificate, then the sandbox test root; send them as they are with the proof.</param>
public sealed record TestCertificateDto(IReadOnlyList<string> Certificates);

public sealed class IssueTestCertificateValidator : AbstractValidator<IssueTestCertificate>
{
    public IssueTestCertificateValidator()
    {
        RuleFor(c => c.PublicKey).NotEmpty().WithErrorCode("required-field")
            .Must(ProveIdentityValidator.IsBase64).WithErrorCode("invalid-public-key").WithMessage("The public key is base64 DER SubjectPublicKeyInfo.");
        RuleFor(c => c.TaxId).Must(t => t is null || Domain.Identity.KazakhIdentifier.Problem(t) is null)
            .WithErrorCode("invalid-tax-id").WithMessage("The IIN/BIN is 12 digits with a valid check digit.");
    }
}

public sealed class IssueTestCertificateHandler(IRepository<Account> accounts, ISandboxCertificateAuthority authority, ICurrentUser currentUser)
    : ICommandHandler<IssueTestCertificate, Result<TestCertificateDto>>
{
    public async ValueTask<Result<TestCertificateDto>> Handle(IssueTestCertificate command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id, readOnly: true), cancellationToken) : null;
        if (account?.Owner is not { } owner)
        {
            return AccountErrors.NotAUser;
        }

        var taxId = command.TaxId ?? owner.TaxId;
        if (taxId is null)
        {
            return IdentityErrors.NothingToProve;
        }

        var issued = authority.Issue(owner.Kind, taxId, owner.Name, Convert.FromBase64String(command.PublicKey!));
        return issued.IsSuccess ? new TestCertificateDto(issued.Value.Select(Convert.ToBase64String).ToList()) : issued.Error;
    }
}
