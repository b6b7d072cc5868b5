using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Seo.Infrastructure.Privacy;

namespace Seo.Infrastructure.Tests.Privacy;

public sealed class KeyRingSecretProtectorTests
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(20);

    /// <summary>What earlier builds stored: <c>v1.</c> + base64(nonce | tag | ciphertext) under their own key.</summary>
    internal static string LegacySealed(byte[] secret, byte[] key)
    {
        var sealedBytes = new byte[12 + 16 + secret.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(sealedBytes.AsSpan(0, 12), secret, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return "v1." + Convert.ToBase64String(sealedBytes);
    }

    [Fact]
    public void A_TOTP_secret_is_kept_under_the_personal_data_key_ring_and_reads_back()
    {
        var protector = new KeyRingSecretProtector(Stores.TestStore.PersonalData);

        var stored = protector.Protect(Secret);

        stored.ShouldStartWith(Stores.TestStore.PersonalData.ActivePrefix);
        stored.ShouldNotContain(Convert.ToBase64String(Secret));
        protector.Unprotect(stored).ShouldBe(Secret);
        Stores.TestStore.PersonalData.IsCurrent(stored).ShouldBeTrue();
    }

    [Fact]
    public void A_secret_an_earlier_build_sealed_with_its_own_key_is_read_while_that_key_is_there_and_refused_without_it()
    {
        var legacyKey = RandomNumberGenerator.GetBytes(32);
        var legacy = LegacySealed(Secret, legacyKey);

        new KeyRingSecretProtector(Stores.TestStore.PersonalData, legacyKey).Unprotect(legacy).ShouldBe(Secret);
        Stores.TestStore.PersonalData.IsCurrent(legacy).ShouldBeFalse();
        Should.Throw<CryptographicException>(() => new KeyRingSecretProtector(Stores.TestStore.PersonalData).Unprotect(legacy));
    }

    [Fact]
    public void The_earlier_builds_key_is_taken_from_configuration_or_its_file_and_never_made()
    {
        var folder = Directory.CreateTempSubdirectory("seo-legacy-totp-").FullName;
        try
        {
            var empty = new ConfigurationBuilder().Build();
            KeyRingSecretProtector.LegacyKey(empty, folder).ShouldBeNull();
            File.Exists(Path.Combine(folder, KeyRingSecretProtector.LegacyKeyFile)).ShouldBeFalse();

            var fileKey = RandomNumberGenerator.GetBytes(32);
            File.WriteAllBytes(Path.Combine(folder, KeyRingSecretProtector.LegacyKeyFile), fileKey);
            KeyRingSecretProtector.LegacyKey(empty, folder).ShouldBe(fileKey);

            var configuredKey = RandomNumberGenerator.GetBytes(32);
            var configured = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [KeyRingSecretProtector.LegacyKeySetting] = Convert.ToBase64String(configuredKey) })
                .Build();
            KeyRingSecretProtector.LegacyKey(configured, folder).ShouldBe(configuredKey);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
