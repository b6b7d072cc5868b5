using NSubstitute;
using Seo.Application.Accounts.IssueToken;
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

    public IssueTokenHandlerTests()
    {
        _hasher.Verify("correct horse battery", "stored-hash").Returns(true);
        _tokens.Issue(Arg.Any<Account>()).Returns(new IssuedToken("jwt", TestData.Now.AddHours(1)));
        _origin.ClientAddress.Returns("203.0.113.7");
    }

    private Task<Result<TokenDto>> Handle(string? email, string? password) =>
        new IssueTokenHandler(Substitutes.Repository(new List<Account> { _account }), _hasher, _work ?? new FakePasswordWork(_hasher), _throttle, _origin, _tokens)
            .Handle(new IssueToken(email, password), CancellationToken.None).AsTask();

    [Fact]
    public async Task Right_email_and_password_get_a_bearer_token_for_the_account()
    {
        var token = (await Handle(" Carrier@Example.KZ ", "correct horse battery")).ShouldSucceed();

        token.AccessToken.ShouldBe("jwt");
        token.TokenType.ShouldBe("Bearer");
        token.AccountId.ShouldBe(_account.Id.Value);
        token.Role.ShouldBe("User");
        _tokens.Received(1).Issue(_account);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
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
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!);
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
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!);
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
        _tokens.DidNotReceiveWithAnyArgs().Issue(default!);
    }
}
