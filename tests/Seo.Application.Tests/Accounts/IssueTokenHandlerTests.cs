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

    public IssueTokenHandlerTests()
    {
        _hasher.Verify("correct horse battery", "stored-hash").Returns(true);
        _tokens.Issue(Arg.Any<Account>()).Returns(new IssuedToken("jwt", TestData.Now.AddHours(1)));
    }

    private Task<Result<TokenDto>> Handle(string? email, string? password) =>
        new IssueTokenHandler(Substitutes.Repository(new List<Account> { _account }), _hasher, _tokens)
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
}
