using FluentValidation;
using Mediator;
using Seo.Application.Accounts.GetMyAccount;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.EnrolTotp;

/// <summary>
/// The caller starts enrolling an authenticator: a new secret, shown once as an otpauth:// URI
/// (and as base32 text). Nothing changes until a code made with it confirms it (<see cref="ConfirmTotp"/>).
/// </summary>
public sealed record EnrolTotp : ICommand<Result<TotpEnrolmentDto>>;

/// <param name="Secret">Base32, for typing into an authenticator by hand.</param>
/// <param name="OtpauthUri">For a QR code: HMAC-SHA1, 6 digits, 30-second steps.</param>
public sealed record TotpEnrolmentDto(string Secret, string OtpauthUri);

/// <summary>A code from the new authenticator confirms the enrolment; every other session ends and the answer is a new one.</summary>
public sealed record ConfirmTotp(string? Code) : ICommand<Result<TokenDto>>;

public sealed class ConfirmTotpValidator : AbstractValidator<ConfirmTotp>
{
    public ConfirmTotpValidator() =>
        RuleFor(c => c.Code).Must(c => c is { Length: Totp.Digits } && c.All(char.IsAsciiDigit))
            .WithErrorCode("invalid-totp-code").WithMessage($"The code has {Totp.Digits} digits.");
}

public sealed class EnrolTotpHandler(
    IRepository<Account> accounts,
    IRepository<AccountSession> sessions,
    ISecretProtector protector,
    SessionTokens sessionTokens,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider clock) : ICommandHandler<EnrolTotp, Result<TotpEnrolmentDto>>, ICommandHandler<ConfirmTotp, Result<TokenDto>>
{
    public const string Issuer = "Seo";

    public async ValueTask<Result<TotpEnrolmentDto>> Handle(EnrolTotp command, CancellationToken cancellationToken)
    {
        var account = await CallerAsync(cancellationToken);
        if (account is null)
        {
            return GetMyAccountHandler.NotFound;
        }

        var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(Totp.SecretBytes);
        var begun = account.BeginTotpEnrolment(protector.Protect(secret));
        if (!begun.IsSuccess)
        {
            return begun.Error!;
        }

        var text = Totp.ToBase32(secret);
        var label = Uri.EscapeDataString($"{Issuer}:{account.Email.Value}");
        return new TotpEnrolmentDto(text, $"otpauth://totp/{label}?secret={text}&issuer={Issuer}&algorithm=SHA1&digits={Totp.Digits}&period={(int)Totp.Step.TotalSeconds}");
    }

    public async ValueTask<Result<TokenDto>> Handle(ConfirmTotp command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var account = await CallerAsync(cancellationToken);
        if (account is null)
        {
            return GetMyAccountHandler.NotFound;
        }

        var now = clock.GetUtcNow();
        var pending = account.PendingTotpSecret is { } stored ? protector.Unprotect(stored) : [];
        var confirmed = account.ConfirmTotp(pending, command.Code, now);
        if (!confirmed.IsSuccess)
        {
            return confirmed.Error!;
        }

        foreach (var session in await sessions.ListAsync(new OpenSessionsOfSpec(account.Id), cancellationToken))
        {
            session.Revoke("totp-enrolled", now);
        }

        audit.Record(new AuditRecord(AuditActions.TotpEnrolled, account.Id.ToString()));
        return await sessionTokens.StartAsync(account, cancellationToken);
    }

    private async Task<Account?> CallerAsync(CancellationToken cancellationToken) =>
        currentUser.AccountId is { } id ? await accounts.FirstOrDefaultAsync(new AccountByIdSpec(id), cancellationToken) : null;
}
