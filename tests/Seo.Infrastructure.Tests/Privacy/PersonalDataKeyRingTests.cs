using System.Security.Cryptography;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Tests.Privacy;

public sealed class PersonalDataKeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seo-tests", Guid.NewGuid().ToString("N"));

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Production_without_configured_keys_refuses_to_start()
    {
        var refused = Should.Throw<InvalidOperationException>(() => PersonalDataKeyRing.Resolve(new PersonalDataOptions(), _folder, production: true));

        refused.Message.ShouldContain("Seo:PersonalData:Keys");
        Directory.Exists(_folder).ShouldBeFalse();
    }

    [Fact]
    public void Configured_keys_make_the_ring_with_the_active_one_for_new_writes()
    {
        var ring = PersonalDataKeyRing.Resolve(
            new PersonalDataOptions
            {
                Keys = [new() { Id = "2026-01", Key = Key() }, new() { Id = "2026-06", Key = Key(), Active = true }],
                LookupKey = Key(),
            },
            _folder,
            production: true);

        ring.ActiveId.ShouldBe("2026-06");
        ring.KeyIds.ShouldBe(["2026-01", "2026-06"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_ring_must_mark_exactly_one_key_active(int active)
    {
        var options = new PersonalDataOptions
        {
            Keys = [new() { Id = "a", Key = Key(), Active = active > 0 }, new() { Id = "b", Key = Key(), Active = active > 1 }],
            LookupKey = Key(),
        };

        Should.Throw<InvalidOperationException>(() => PersonalDataKeyRing.Resolve(options, _folder, production: false)).Message.ShouldContain("exactly one");
    }

    [Fact]
    public void A_key_that_is_not_256_bits_or_a_missing_lookup_key_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => PersonalDataKeyRing.Resolve(
            new PersonalDataOptions { Keys = [new() { Id = "a", Key = Convert.ToBase64String(new byte[16]), Active = true }], LookupKey = Key() },
            _folder, production: false)).Message.ShouldContain("AES-256");
        Should.Throw<InvalidOperationException>(() => PersonalDataKeyRing.Resolve(
            new PersonalDataOptions { Keys = [new() { Id = "a", Key = Key(), Active = true }] },
            _folder, production: false)).Message.ShouldContain("LookupKey");
    }

    [Fact]
    public void Outside_Production_a_key_file_is_generated_once_and_reused()
    {
        var first = PersonalDataKeyRing.Resolve(new PersonalDataOptions(), _folder, production: false);
        var second = PersonalDataKeyRing.Resolve(new PersonalDataOptions(), _folder, production: false);

        File.Exists(Path.Combine(_folder, PersonalDataKeyRing.KeyFileName)).ShouldBeTrue();
        second.Fingerprint.ShouldBe(first.Fingerprint);
        new PersonalDataProtector(second).Unprotect(new PersonalDataProtector(first).Protect("800101300125")).ShouldBe("800101300125");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_generated_key_file_and_its_folder_are_readable_by_their_owner_only()
    {
        PersonalDataKeyRing.Resolve(new PersonalDataOptions(), _folder, production: false);

        File.GetUnixFileMode(_folder).ShouldBe(DataDirectory.OwnerOnlyDirectory);
        File.GetUnixFileMode(Path.Combine(_folder, PersonalDataKeyRing.KeyFileName)).ShouldBe(DataDirectory.OwnerOnlyFile);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_shared_folder_such_as_tmp_is_left_as_it_is_and_the_key_file_in_it_is_still_owner_only()
    {
        const UnixFileMode shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.StickyBit;
        Directory.CreateDirectory(_folder);
        File.SetUnixFileMode(_folder, shared);

        PersonalDataKeyRing.Resolve(new PersonalDataOptions(), _folder, production: false);

        File.GetUnixFileMode(_folder).ShouldBe(shared);
        File.GetUnixFileMode(Path.Combine(_folder, PersonalDataKeyRing.KeyFileName)).ShouldBe(DataDirectory.OwnerOnlyFile);
    }
}
