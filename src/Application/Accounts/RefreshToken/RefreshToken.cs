using Mediator;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Audit;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Accounts.RefreshToken;

/// <summary>
/// Exchanges a refresh token for a new access token and the next refresh token (rotation). A
/// refresh token used twice revokes its whole session. Not a command: that revocation must be
/// written although the answer is a refusal, so the handler commits its own transaction.
/// </summary>
public sealed record RefreshToken(string? Token) : IRequest<Result<TokenDto>>;

public sealed class RefreshTokenHandler(
    IRepository<AccountSession> sessions,
    IRepository<Account> accounts,
    IUnitOfWork unitOfWork,
    ITokenIssuer issuer,
    IAuditTrail audit,
    SessionOptions options,
    TimeProvider clock) : IRequestHandler<RefreshToken, Result<TokenDto>>
{
    public async ValueTask<Result<TokenDto>> Handle(RefreshToken request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SessionTokens.SessionOf(request.Token) is not { } sessionId)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        try
        {
            return await unitOfWork.RunAsync(token => RotateAsync(sessionId, request.Token!, token), cancellationToken);
        }
        catch (PersistenceConflictException)
        {
            // The same token was used at the same moment by someone else, who rotated first: a reuse.
            return await unitOfWork.RunAsync(token => RevokeAsync(sessionId, token), cancellationToken);
        }
    }

    private async Task<Result<TokenDto>> RotateAsync(Guid sessionId, string presented, CancellationToken cancellationToken)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var session = await sessions.FirstOrDefaultAsync(new AccountSessionByIdSpec(sessionId), cancellationToken);
        var account = session is null ? null : await accounts.FirstOrDefaultAsync(new AccountByIdSpec(session.AccountId), cancellationToken);
        if (session is null || account is null)
        {
            return AccountErrors.InvalidRefreshToken;
        }

        var now = clock.GetUtcNow();
        var (next, nextHash) = SessionTokens.Next(sessionId);
        Result rotated = account.IsDisabled ? AccountErrors.InvalidRefreshToken : session.Rotate(SessionTokens.HashOf(presented), nextHash, options.RefreshLifetime, now);
        if (rotated.Error == AccountErrors.RefreshTokenReused)
        {
            audit.Record(new AuditRecord(AuditActions.RefreshTokenReused, account.Id.ToString(), new { session = sessionId }, AuditRecord.Anonymous));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return rotated.IsSuccess ? TokenDto.From(issuer.Issue(account, sessionId), account, next, session.ExpiresAt) : rotated.Error!;
    }

    private async Task<Result<TokenDto>> RevokeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var session = await sessions.FirstOrDefaultAsync(new AccountSessionByIdSpec(sessionId), cancellationToken);
        if (session is not null)
        {
            session.Revoke("refresh-token-reused", clock.GetUtcNow());
            audit.Record(new AuditRecord(AuditActions.RefreshTokenReused, session.AccountId.ToString(), new { session = sessionId }, AuditRecord.Anonymous));
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        await scope.CommitAsync(cancellationToken);
        return AccountErrors.RefreshTokenReused;
    }
}
