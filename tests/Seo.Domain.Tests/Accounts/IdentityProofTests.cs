using Seo.Domain.Accounts;
using Seo.Domain.Identity;

namespace Seo.Domain.Tests;

public sealed class IdentityProofTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private static OwnerProfile ResidentCompany =>
        OwnerProfile.Create(OwnerKind.LegalEntity, Residency.Resident, "Demo Trans LLP", null, TestData.ValidBin, TestData.Phone).Value;

    [Fact]
    public void R15_an_owner_with_an_unproven_tax_id_may_not_book()
    {
        var account = TestData.UnprovenUser();

        account.MayBook().ShouldFailWith("owner-identity-not-proven").Rule.ShouldBe("R15");
    }

    [Fact]
    public void R15_a_non_resident_without_a_tax_id_books_without_proof()
    {
        var account = TestData.UnprovenUser(TestData.NonResidentCompany);

        account.NeedsIdentityProof.ShouldBeFalse();
        account.MayBook().ShouldSucceed();
        account.IssueIdentityChallenge("n", Lifetime, TestData.Now).ShouldFailWith("no-tax-id-to-prove");
    }

    [Fact]
    public void R15_a_certificate_with_the_accounts_iin_proves_it_and_the_account_may_book()
    {
        var account = TestData.UnprovenUser();
        var challenge = account.IssueIdentityChallenge("n", Lifetime, TestData.Now).ShouldSucceed();

        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidIin, null, "abc"), TestData.Now.AddMinutes(1)).ShouldSucceed();

        account.ProvenTaxId.ShouldBe(TestData.ValidIin);
        account.IdentityCertificate.ShouldBe("abc");
        account.IdentityProvenAt.ShouldBe(TestData.Now.AddMinutes(1));
        account.MayBook().ShouldSucceed();
        account.DomainEvents.OfType<AccountIdentityProven>().ShouldHaveSingleItem().TaxId.ShouldBe(TestData.ValidIin);
    }

    [Fact]
    public void R16_3_a_legal_entity_is_proven_by_the_bin_in_the_certificates_ou_not_the_signers_iin()
    {
        var account = TestData.UnprovenUser(ResidentCompany);
        var challenge = account.IssueIdentityChallenge("n", Lifetime, TestData.Now).Value;

        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidBin, null, "abc"), TestData.Now).ShouldFailWith("identity-tax-id-mismatch");
        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidIin, TestData.ValidBin, "abc"), TestData.Now).ShouldSucceed();
    }

    [Fact]
    public void R16_3_a_certificate_with_another_tax_id_is_refused_and_proves_nothing()
    {
        var account = TestData.UnprovenUser();
        var challenge = account.IssueIdentityChallenge("n", Lifetime, TestData.Now).Value;
        var other = KazakhIdentifiers.WithCheckDigit("85051530000");

        account.ProveIdentity(challenge, new CertifiedIdentity(other, null, "abc"), TestData.Now).ShouldFailWith("identity-tax-id-mismatch");

        account.ProvenTaxId.ShouldBeNull();
        account.MayBook().ShouldFailWith("owner-identity-not-proven");
    }

    [Fact]
    public void R15_a_challenge_proves_once()
    {
        var account = TestData.UnprovenUser();
        var challenge = account.IssueIdentityChallenge("n", Lifetime, TestData.Now).Value;
        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidIin, null, "abc"), TestData.Now).ShouldSucceed();

        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidIin, null, "abc"), TestData.Now).ShouldFailWith("identity-challenge-used");
        account.IssueIdentityChallenge("m", Lifetime, TestData.Now).ShouldFailWith("owner-identity-already-proven");
    }

    [Fact]
    public void R15_a_challenge_runs_out_after_its_lifetime()
    {
        var account = TestData.UnprovenUser();
        var challenge = account.IssueIdentityChallenge("n", Lifetime, TestData.Now).Value;

        account.CheckIdentityChallenge(challenge, TestData.Now + Lifetime - TimeSpan.FromSeconds(1)).ShouldSucceed();
        account.ProveIdentity(challenge, new CertifiedIdentity(TestData.ValidIin, null, "abc"), TestData.Now + Lifetime).ShouldFailWith("identity-challenge-expired");
    }

    [Fact]
    public void R15_a_new_challenge_replaces_the_one_before_and_an_unknown_one_is_not_found()
    {
        var account = TestData.UnprovenUser();
        var first = account.IssueIdentityChallenge("n1", Lifetime, TestData.Now).Value;
        var second = account.IssueIdentityChallenge("n2", Lifetime, TestData.Now).Value;

        second.ShouldContain(account.Id.Value.ToString("N"));
        account.CheckIdentityChallenge(first, TestData.Now).ShouldFailWith("identity-challenge-not-found");
        account.CheckIdentityChallenge("seo-identity-proof:made-up", TestData.Now).ShouldFailWith("identity-challenge-not-found");
        account.CheckIdentityChallenge(second, TestData.Now).ShouldSucceed();
    }

    [Fact]
    public void R15_only_a_proven_legal_entity_delegates_dispatchers_to_other_user_accounts()
    {
        var unproven = TestData.UnprovenUser(ResidentCompany);
        var organisation = TestData.User(ResidentCompany);
        var person = TestData.User();
        var dispatcher = TestData.User(TestData.NonResidentCompany);

        DispatcherGrant.Grant(unproven, dispatcher, TestData.Now).ShouldFailWith("not-an-organisation");
        DispatcherGrant.Grant(person, dispatcher, TestData.Now).ShouldFailWith("not-an-organisation");
        DispatcherGrant.Grant(organisation, organisation, TestData.Now).ShouldFailWith("dispatcher-invalid");

        var grant = DispatcherGrant.Grant(organisation, dispatcher, TestData.Now).ShouldSucceed();
        grant.IsActive.ShouldBeTrue();
        grant.Revoke(TestData.Now.AddHours(1));
        grant.IsActive.ShouldBeFalse();
        grant.RevokedAt.ShouldBe(TestData.Now.AddHours(1));
    }
}
