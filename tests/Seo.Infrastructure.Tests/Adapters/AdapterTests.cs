using Microsoft.Extensions.Time.Testing;
using Seo.Application.Common.Ports;
using Seo.Domain.Bookings;
using Seo.Domain.Identity;
using Seo.Domain.Payments;
using Seo.Domain.Verification;
using Seo.Infrastructure.Identity;
using Seo.Infrastructure.Payments;

namespace Seo.Infrastructure.Tests.Adapters;

public sealed class Pbkdf2PasswordHasherTests
{
    private readonly Pbkdf2PasswordHasher _hasher = new(iterations: 1_000);

    [Fact]
    public void The_right_password_verifies()
    {
        var hash = _hasher.Hash("correct horse battery");

        _hasher.Verify("correct horse battery", hash).ShouldBeTrue();
        hash.ShouldStartWith("pbkdf2-sha256$1000$");
        hash.ShouldNotContain("correct horse battery");
    }

    [Fact]
    public void A_wrong_password_does_not_verify()
    {
        var hash = _hasher.Hash("correct horse battery");

        _hasher.Verify("correct horse batterY", hash).ShouldBeFalse();
        _hasher.Verify(string.Empty, hash).ShouldBeFalse();
    }

    [Fact]
    public void Each_hash_has_its_own_salt()
    {
        var first = _hasher.Hash("correct horse battery");
        var second = _hasher.Hash("correct horse battery");

        first.ShouldNotBe(second);
        _hasher.Verify("correct horse battery", second).ShouldBeTrue();
    }

    [Fact]
    public void A_tampered_hash_does_not_verify()
    {
        var parts = _hasher.Hash("correct horse battery").Split('$');
        var digest = Convert.FromBase64String(parts[3]);
        digest[0] ^= 0x01;
        var salt = Convert.FromBase64String(parts[2]);
        salt[0] ^= 0x01;

        _hasher.Verify("correct horse battery", string.Join('$', parts[0], parts[1], parts[2], Convert.ToBase64String(digest))).ShouldBeFalse();
        _hasher.Verify("correct horse battery", string.Join('$', parts[0], parts[1], Convert.ToBase64String(salt), parts[3])).ShouldBeFalse();
        _hasher.Verify("correct horse battery", string.Join('$', parts[0], "1001", parts[2], parts[3])).ShouldBeFalse();
        _hasher.Verify("correct horse battery", string.Join('$', "pbkdf2-sha1", parts[1], parts[2], parts[3])).ShouldBeFalse();
        _hasher.Verify("correct horse battery", "plain-text").ShouldBeFalse();
    }

    [Theory]
    [InlineData("pbkdf2-sha256$1000$not-base64!$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$")]
    [InlineData("plain-text")]
    public void A_corrupt_stored_hash_does_not_verify_and_does_not_throw(string stored)
    {
        new Pbkdf2PasswordHasher(1000).Verify("anything", stored).ShouldBeFalse();
    }

    [Fact]
    public void A_hash_made_with_another_work_factor_still_verifies()
    {
        var old = new Pbkdf2PasswordHasher(iterations: 500).Hash("correct horse battery");

        _hasher.Verify("correct horse battery", old).ShouldBeTrue();
    }
}
