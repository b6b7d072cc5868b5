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
    }

    private Task<Result<TokenDto>> Handle(string? email, string? password)
    {
        var clock = new FakeTimeProvider(TestData.Now);
        var sessions = new SessionTokens(Substitutes.Repository(_sessions), _unitOfWork, _tokens, new SessionOptions(), clock);
        return new IssueTokenHandler(Substitutes.Repository(new List<Account> { _account }), _hasher, sessions, new SecondFactor(Substitute.For<ISecretProtector>(), clock), _audit)
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
}
