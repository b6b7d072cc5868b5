using System.Security.Cryptography;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Tests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] LookupKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] OldKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] NewKey = RandomNumberGenerator.GetBytes(32);

    private static PersonalDataProtector Ring(string active, params (string Id, byte[] Key)[] keys) =>
        new(new PersonalDataKeyRing(keys.ToDictionary(k => k.Id, k => k.Key), active, LookupKey));

    [Fact]
    public void A_value_is_stored_as_AES_GCM_ciphertext_that_names_its_key_and_reads_back()
    {
        var protector = Ring("k1", ("k1", OldKey));

        var stored = protector.Protect("800101300125");

        stored.ShouldStartWith("pd1.k1.");
        stored.ShouldNotContain("800101300125");
        protector.Unprotect(stored).ShouldBe("800101300125");
    }

    [Fact]
    public void The_same_value_encrypts_differently_each_time()
    {
        var protector = Ring("k1", ("k1", OldKey));

        protector.Protect("+77011234567").ShouldNotBe(protector.Protect("+77011234567"));
    }

    [Fact]
    public void After_rotation_new_writes_use_the_active_key_and_old_ciphertexts_stay_readable()
    {
        var before = Ring("k1", ("k1", OldKey));
        var written = before.Protect("Ахметов Серик");
        var after = Ring("k2", ("k1", OldKey), ("k2", NewKey));

        after.Unprotect(written).ShouldBe("Ахметов Серик");
        after.IsCurrent(written).ShouldBeFalse();
        after.Protect("Ахметов Серик").ShouldStartWith("pd1.k2.");
        after.IsCurrent(after.Protect("x")).ShouldBeTrue();
    }

    [Fact]
    public void A_ciphertext_of_a_key_no_longer_in_the_ring_is_refused_naming_the_key_not_the_value()
    {
        var written = Ring("k1", ("k1", OldKey)).Protect("800101300125");

        var refused = Should.Throw<CryptographicException>(() => Ring("k2", ("k2", NewKey)).Unprotect(written));

        refused.Message.ShouldContain("'k1'");
        refused.Message.ShouldNotContain("800101300125");
    }

    [Fact]
    public void A_ciphertext_relabelled_with_another_key_id_is_refused()
    {
        var protector = Ring("k1", ("k1", OldKey), ("k2", OldKey));
        var relabelled = "pd1.k2." + protector.Protect("800101300125")["pd1.k1.".Length..];

        Should.Throw<CryptographicException>(() => protector.Unprotect(relabelled));
    }

    [Fact]
    public void A_value_written_in_clear_before_encryption_existed_reads_as_it_is()
    {
        var protector = Ring("k1", ("k1", OldKey));

        protector.Unprotect("800101300125").ShouldBe("800101300125");
        protector.UnprotectBytes("{\"id\":1}"u8.ToArray()).ShouldBe("{\"id\":1}"u8.ToArray());
        protector.IsCurrent("800101300125").ShouldBeFalse();
    }

    [Fact]
    public void Bytes_round_trip_encrypted()
    {
        var protector = Ring("k1", ("k1", OldKey));
        var body = "{\"drivers\":[{\"surname\":\"Ахметов\"}]}"u8.ToArray();

        var stored = protector.ProtectBytes(body);

        System.Text.Encoding.UTF8.GetString(stored).ShouldNotContain("drivers");
        protector.UnprotectBytes(stored).ShouldBe(body);
    }

    [Fact]
    public void The_lookup_hash_is_keyed_stable_across_rotation_and_not_the_plain_SHA256()
    {
        var before = Ring("k1", ("k1", OldKey));
        var after = Ring("k2", ("k1", OldKey), ("k2", NewKey));

        before.Lookup("800101300125").ShouldBe(after.Lookup("800101300125"));
        before.Lookup("800101300125").ShouldNotBe(before.Lookup("800101300124"));
        before.Lookup("800101300125").ShouldNotBe(Convert.ToHexString(SHA256.HashData("800101300125"u8)));
        new PersonalDataProtector(PersonalDataKeyRing.Generate()).Lookup("800101300125").ShouldNotBe(before.Lookup("800101300125"));
    }

    [Fact]
    public void A_context_without_a_key_ring_can_neither_write_nor_read_personal_data()
    {
        Should.Throw<InvalidOperationException>(() => PersonalDataProtector.Unavailable.Protect("800101300125"));
        Should.Throw<InvalidOperationException>(() => PersonalDataProtector.Unavailable.Lookup("800101300125"));
    }
}
