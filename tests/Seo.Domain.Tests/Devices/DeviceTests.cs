using System.Security.Cryptography;
using System.Text;
using Seo.Domain.Checkpoints;
using Seo.Domain.Devices;
using Seo.Tests.Shared;

namespace Seo.Domain.Tests.Devices;

public sealed class DeviceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(5));

    internal static (Device Device, string Key) Camera(string name = "Entry camera 1") =>
        Device.Register(DeviceId.New(), name, CheckpointCode.Create("DOSTYK").Value, CameraPoint.CheckpointEntry, CrossingDirection.Exit, Now).Value;

    [Fact]
    public void An_issued_key_carries_256_random_bits_and_names_its_device()
    {
        var id = DeviceId.New();

        var (key, _) = DeviceApiKey.Issue(id);

        key.ShouldStartWith(DeviceApiKey.Prefix);
        DeviceApiKey.DeviceOf(key).ShouldBe(id);
        var secret = key[(DeviceApiKey.Prefix.Length + 33)..];
        secret.Length.ShouldBe(43); // 32 bytes in unpadded base64url
        DeviceApiKey.Issue(id).Key.ShouldNotBe(key);
    }

    [Fact]
    public void Only_the_SHA_256_of_the_key_is_kept()
    {
        var (key, hash) = DeviceApiKey.Issue(DeviceId.New());

        hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
        hash.Length.ShouldBe(DeviceApiKey.HashLength);
        hash.ShouldNotContain(key[DeviceApiKey.Prefix.Length..]);
    }

    [Fact]
    public void A_key_matches_its_hash_and_a_key_changed_by_one_character_does_not()
    {
        var (key, hash) = DeviceApiKey.Issue(DeviceId.New());
        var altered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        DeviceApiKey.Matches(key, hash).ShouldBeTrue();
        DeviceApiKey.Matches(altered, hash).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("seo_dev_nothex_secret")]
    [InlineData("seo_dev_0123456789abcdef0123456789abcdefsecret")]
    public void A_text_not_shaped_like_a_key_names_no_device(string text) => DeviceApiKey.DeviceOf(text).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_camera_needs_a_name(string name) =>
        Device.Register(DeviceId.New(), name, CheckpointCode.Create("DOSTYK").Value, CameraPoint.BorderLine, CrossingDirection.Exit, Now)
            .ShouldFailWith("invalid-device-name");

    [Fact]
    public void R10_a_registered_camera_accepts_its_key_and_raises_DeviceRegistered()
    {
        var (device, key) = Camera();

        device.Accepts(key).ShouldBeTrue();
        device.KeyHash.ShouldBe(DeviceApiKey.HashOf(key));
        device.DomainEvents.OfType<DeviceRegistered>().ShouldHaveSingleItem().Checkpoint.ShouldBe("DOSTYK");
    }

    [Fact]
    public void Rotating_the_key_stops_the_old_one_at_once()
    {
        var (device, old) = Camera();

        var rotated = device.RotateKey(Now.AddDays(1)).ShouldSucceed();

        device.Accepts(rotated).ShouldBeTrue();
        device.Accepts(old).ShouldBeFalse();
        device.KeyIssuedAt.ShouldBe(Now.AddDays(1));
        device.DomainEvents.OfType<DeviceKeyRotated>().ShouldHaveSingleItem();
    }

    [Fact]
    public void A_revoked_camera_accepts_no_key_and_cannot_be_given_a_new_one()
    {
        var (device, key) = Camera();

        device.Revoke(Now);
        device.Revoke(Now.AddHours(1));

        device.Accepts(key).ShouldBeFalse();
        device.RevokedAt.ShouldBe(Now);
        device.RotateKey(Now).ShouldFailWith("device-revoked");
        device.DomainEvents.OfType<DeviceRevoked>().ShouldHaveSingleItem();
    }
}
