using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Seo.Application.Accounts.IssueToken;
using Seo.Application.Accounts.Sessions;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Common;

namespace Seo.Application.Tests.Accounts;

public sealed class IssueTokenHandlerTests
{
    private readonly Account _account = TestData.User(email: "carrier@example.kz", passwordHash: "stored-hash");
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ITokenIssuer _tokens = Substitute.For<ITokenIssuer>();
    private readonly ISignInThrottle _throttle = Substitute.For<ISignInThrottle>();
    private readonly IRequestOrigin _origin = Substitute.For<IRequestOrigin>();
    private IPasswordWork? _work;
    private readonly IAuditTrail _audit = Substitute.For<IAuditTrail>();
    private readonly List<AccountSession> _sessions = [];
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();

    public IssueTokenHandlerTests()
    {
        _hasher.Verify("correct horse battery", "stored-hash").Returns(true);
        _tokens.Issue(Arg.Any<Account>(), Arg.Any<Guid>()).Returns(new IssuedToken("jwt", TestData.Now.AddMinutes(15)));
        // The session is written in a unit of its own: run it as the store would.
        _unitOfWork.RunAsync(Arg.Any<Func<CancellationToken, Task<TokenDto>>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<Func<CancellationToken, Task<TokenDto>>>()(CancellationToken.None));
        _unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(Substitute.For<ITransactionScope>());
        _origin.ClientAddress.Returns("203.0.113.7");
    }

    private Task<Result<TokenDto>> Handle(string? email, string? password)
    {
        var clock = new FakeTimeProvider(TestData.Now);
        var sessions = new SessionTokens(Substitutes.Repository(_sessions), _unitOfWork, _tokens, new SessionOptions(), clock);
        return new IssueTokenHandler(
                Substitutes.Repository(new List<Account> { _account }), _hasher, _work ?? new FakePasswordWork(_hasher), _throttle, _origin, sessions,
                new SecondFactor(Substitute.For<ISecretProtector>(), clock), _audit)
            .Handle(new IssueToken(email, password), CancellationToken.None).AsTask();
    }

    [Fact]
    public async Task Right_email_and_password_get_an_access_token_and_a_refresh_token_of_a_new_session()
    {
        var token = (await Handle(" Carrier@Example.KZ ", "correct horse battery")).ShouldSucceed();

        token.AccessToken.ShouldBe("jwt");
        token.TokenType.ShouldBe("Bearer");
        token.AccountId.ShouldBe(_account.Id.Value);
        token.Role.ShouldBe("User");
        token.Setup.ShouldBeEmpty();
        var session = _sessions.ShouldHaveSingleItem();
        token.RefreshToken.ShouldStartWith(session.Id.ToString("N") + ".");
        session.TokenHash.ShouldBe(SessionTokens.HashOf(token.RefreshToken));
        _tokens.Received(1).Issue(_account, session.Id);
        await _audit.DidNotReceiveWithAnyArgs().WriteAsync(default!, default);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer_and_are_recorded_as_failed_sign_ins()
    {
        var unknown = await Handle("nobody@example.kz", "correct horse battery");
        var wrongPassword = await Handle("carrier@example.kz", "wrong password!");
        var malformed = await Handle("not an email", "correct horse battery");
        var missing = await Handle(null, null);

        var error = unknown.ShouldFailWith("invalid-credentials");
        error.Kind.ShouldBe(ErrorKind.Unauthenticated);
        wrongPassword.Error.ShouldBe(error);
        malformed.Error.ShouldBe(error);
        missing.Error.ShouldBe(error);
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!, default);
        _sessions.ShouldBeEmpty();
        await _audit.Received(4).WriteAsync(Arg.Is<AuditRecord>(r => r.Action == "sign-in.failed"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_disabled_account_is_refused_only_after_its_password_was_proved()
    {
        _account.Disable("fraud", TestData.Now).ShouldSucceed();

        (await Handle("carrier@example.kz", "wrong password!")).ShouldFailWith("invalid-credentials");
        (await Handle("carrier@example.kz", "correct horse battery")).ShouldFailWith("account-disabled");
        _sessions.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_locked_email_or_address_is_refused_429_before_any_password_is_checked()
    {
        _throttle.LockedForAsync("carrier@example.kz", "203.0.113.7", Arg.Any<CancellationToken>()).Returns(TimeSpan.FromSeconds(42.2));

        var refused = await Handle("carrier@example.kz", "correct horse battery");

        var error = refused.ShouldFailWith("sign-in-locked");
        error.Kind.ShouldBe(ErrorKind.TooManyRequests);
        error.Details![DomainError.RetryAfterDetail].ShouldBe(43);
        _hasher.DidNotReceiveWithAnyArgs().Verify(default!, default!);
        await _throttle.DidNotReceiveWithAnyArgs().RecordFailureAsync(default!, default, default);
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!, default);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_email_counts_a_failure_for_the_email_and_the_address()
    {
        await Handle("carrier@example.kz", "wrong password!");
        await Handle("nobody@example.kz", "correct horse battery");

        await _throttle.Received(1).RecordFailureAsync("carrier@example.kz", "203.0.113.7", Arg.Any<CancellationToken>());
        await _throttle.Received(1).RecordFailureAsync("nobody@example.kz", "203.0.113.7", Arg.Any<CancellationToken>());
        await _throttle.DidNotReceiveWithAnyArgs().RecordSuccessAsync(default!, default);
    }

    [Fact]
    public async Task A_success_clears_the_emails_failures()
    {
        (await Handle(" Carrier@Example.KZ ", "correct horse battery")).ShouldSucceed();

        await _throttle.Received(1).RecordSuccessAsync("Carrier@Example.KZ", Arg.Any<CancellationToken>());
        await _throttle.DidNotReceiveWithAnyArgs().RecordFailureAsync(default!, default, default);
    }

    [Fact]
    public async Task When_the_password_gate_is_full_the_sign_in_is_refused_503_before_any_store_read_and_counts_as_no_failure()
    {
        _work = new FakePasswordWork(_hasher, AccountErrors.PasswordCheckBusy(TimeSpan.FromSeconds(1)));

        var refused = await Handle("carrier@example.kz", "correct horse battery");

        refused.ShouldFailWith("password-check-busy").Kind.ShouldBe(ErrorKind.Unavailable);
        await _throttle.DidNotReceiveWithAnyArgs().LockedForAsync(default!, default, default);
        await _throttle.DidNotReceiveWithAnyArgs().RecordFailureAsync(default!, default, default);
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!, default);
    }
}
