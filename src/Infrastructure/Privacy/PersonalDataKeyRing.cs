using System.Security.Cryptography;
using System.Text.Json;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// The AES-256 keys personal data is encrypted with, by id, the active one among them, and the
/// separate HMAC key of the look-up hashes. From configuration, or — outside Production, when
/// none is configured — from a key file generated once in the data folder (owner-only), so a
/// developer's embedded store keeps working across restarts and nothing secret is committed.
/// </summary>
public sealed class PersonalDataKeyRing
{
    public const int KeyBytes = 32;
    public const string KeyFileName = "personal-data.keys";
    private const int MaxIdLength = 32;

    private readonly Dictionary<string, byte[]> _keys;

    public PersonalDataKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeId, byte[] lookupKey)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(lookupKey);
        foreach (var (id, key) in keys)
        {
            if (!IsValidId(id))
            {
                throw new InvalidOperationException($"{PersonalDataOptions.Section}: the key id '{id}' is not 1 to {MaxIdLength} letters, digits, '-' or '_'.");
            }

            if (key.Length != KeyBytes)
            {
                throw new InvalidOperationException($"{PersonalDataOptions.Section}: key '{id}' is {key.Length} bytes; an AES-256 key is {KeyBytes}.");
            }
        }

        if (!keys.ContainsKey(activeId))
        {
            throw new InvalidOperationException($"{PersonalDataOptions.Section}: the active key '{activeId}' is not in the ring.");
        }

        if (lookupKey.Length < KeyBytes)
        {
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:LookupKey must be at least {KeyBytes} bytes (base64).");
        }

        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        ActiveId = activeId;
        LookupKey = lookupKey.ToArray();
        // Tells rings apart without revealing them: EF keeps one model per ring (see PersonalDataOptionsExtension).
        using var fingerprint = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, LookupKey);
        foreach (var (id, key) in _keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            fingerprint.AppendData(System.Text.Encoding.UTF8.GetBytes(id));
            fingerprint.AppendData(key);
        }

        fingerprint.AppendData(System.Text.Encoding.UTF8.GetBytes("active:" + activeId));
        Fingerprint = Convert.ToHexString(fingerprint.GetHashAndReset());
    }

    /// <summary>The key new ciphertexts are made with.</summary>
    public string ActiveId { get; }

    public byte[] ActiveKey => _keys[ActiveId];

    internal byte[] LookupKey { get; }

    /// <summary>A keyed digest of every key and the active id: equal for equal rings only.</summary>
    public string Fingerprint { get; }

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    public bool TryGetKey(string id, out byte[] key) => _keys.TryGetValue(id, out key!);

    /// <summary>A ring of one fresh key and a fresh look-up key (tests, tools).</summary>
    public static PersonalDataKeyRing Generate(string id = "generated") =>
        new(new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(KeyBytes) }, id, RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>
    /// The configured ring; without one, Production refuses to start and any other environment
    /// uses (and on first start writes) <see cref="KeyFileName"/> in <paramref name="dataDirectory"/>.
    /// </summary>
    public static PersonalDataKeyRing Resolve(PersonalDataOptions options, string dataDirectory, bool production)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Keys.Count > 0)
        {
            return FromOptions(options);
        }

        if (production)
        {
            throw new InvalidOperationException(
                $"Production needs the personal-data key ring: set {PersonalDataOptions.Section}:Keys (id, base64 key, one active) and " +
                $"{PersonalDataOptions.Section}:LookupKey (docs/personal-data.md). A generated key file is for development only.");
        }

        return FromKeyFile(dataDirectory);
    }

    private static PersonalDataKeyRing FromOptions(PersonalDataOptions options)
    {
        var active = options.Keys.Where(k => k.Active).ToList();
        if (active.Count != 1)
        {
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:Keys must mark exactly one key Active; {active.Count} are.");
        }

        if (string.IsNullOrWhiteSpace(options.LookupKey))
        {
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:LookupKey is required beside {PersonalDataOptions.Section}:Keys.");
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in options.Keys)
        {
            var id = key.Id?.Trim() ?? string.Empty;
            if (!keys.TryAdd(id, Decode(key.Key, $"{PersonalDataOptions.Section}:Keys '{id}'")))
            {
                throw new InvalidOperationException($"{PersonalDataOptions.Section}:Keys names '{id}' twice.");
            }
        }

        return new PersonalDataKeyRing(keys, active[0].Id!.Trim(), Decode(options.LookupKey, $"{PersonalDataOptions.Section}:LookupKey"));
    }

    private static PersonalDataKeyRing FromKeyFile(string dataDirectory)
    {
        DataDirectory.Ensure(dataDirectory);
        var path = Path.Combine(dataDirectory, KeyFileName);
        if (!File.Exists(path))
        {
            var id = "local-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
            var generated = new StoredRing(
                [new StoredKey(id, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)), true)],
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            try
            {
                DataDirectory.WriteOwnerOnly(path, JsonSerializer.SerializeToUtf8Bytes(generated, Json));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: use theirs.
            }
        }

        var stored = JsonSerializer.Deserialize<StoredRing>(File.ReadAllBytes(path), Json)
            ?? throw new InvalidOperationException($"{path} is not a personal-data key file.");
        return FromOptions(new PersonalDataOptions
        {
            Keys = stored.Keys.Select(k => new PersonalDataKeyOptions { Id = k.Id, Key = k.Key, Active = k.Active }).ToList(),
            LookupKey = stored.LookupKey,
        });
    }

    private static byte[] Decode(string? base64, string what)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{what} is not base64.");
        }
    }

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record StoredRing(List<StoredKey> Keys, string LookupKey);

    private sealed record StoredKey(string Id, string Key, bool Active);
}
