using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

/// <summary>
/// Who may write to the simulated registries: the registrar the API created at its first start
/// (its one-time password is printed then, or set with Seo__Bootstrap__RegistrarPassword), with the
/// authenticator secret the sandbox configured for it (Seo__Bootstrap__RegistrarTotpSecret), from
/// which this tool computes the sign-in codes (RFC 6238: HMAC-SHA1, 6 digits, 30 s).
/// Taken from --registrar-email / --registrar-password / --registrar-totp-secret, else
/// SEO_LOAD_REGISTRAR_EMAIL / SEO_LOAD_REGISTRAR_PASSWORD / SEO_LOAD_REGISTRAR_TOTP_SECRET; the
/// e-mail defaults to the API's own default registrar.
/// </summary>
internal sealed record RegistrarCredentials(string Email, string Password, string? TotpSecret = null)
{
    public const string DefaultEmail = "registrar@seo.local";

    private readonly Lock _codes = new();
    private long _lastStep = long.MinValue;

    /// <summary>The API's clock, which checks the codes: the real time unless a test host says otherwise.</summary>
    public Func<DateTimeOffset> ServerClock { get; init; } = () => TimeProvider.System.GetUtcNow();

    /// <summary>
    /// The next unused code (the API accepts each step's code once, within a step of now): the
    /// step before now first, so that up to three sign-ins fit in one 30-second step. Null without a secret.
    /// </summary>
    public string? NextTotpCode()
    {
        if (TotpSecret is null)
        {
            return null;
        }

        lock (_codes)
        {
            var now = ServerClock().ToUnixTimeSeconds() / 30;
            _lastStep = Math.Max(_lastStep + 1, now - 1);
            return Code(FromBase32(TotpSecret), _lastStep);
        }
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it is HMAC-SHA1.
        var mac = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = mac[^1] & 0x0f;
        return ((BinaryPrimitives.ReadInt32BigEndian(mac.AsSpan(offset)) & 0x7fffffff) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')))
        {
            var value = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= '2' and <= '7' ? c - '2' + 26 : throw new FormatException("The TOTP secret is base32.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    /// <summary>Takes the three options out of <paramref name="args"/>, leaving the positional arguments.</summary>
    public static (RegistrarCredentials? Credentials, List<string> Positional) Parse(IReadOnlyList<string> args)
    {
        string? email = null;
        string? password = null;
        string? totp = null;
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--registrar-email" when i + 1 < args.Count:
                    email = args[++i];
                    break;
                case "--registrar-password" when i + 1 < args.Count:
                    password = args[++i];
                    break;
                case "--registrar-totp-secret" when i + 1 < args.Count:
                    totp = args[++i];
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        email ??= Environment.GetEnvironmentVariable("SEO_LOAD_REGISTRAR_EMAIL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultEmail;
        password ??= Environment.GetEnvironmentVariable("SEO_LOAD_REGISTRAR_PASSWORD");
        totp ??= Environment.GetEnvironmentVariable("SEO_LOAD_REGISTRAR_TOTP_SECRET") is { Length: > 0 } secret ? secret : null;
        return (string.IsNullOrEmpty(password) ? null : new RegistrarCredentials(email, password, totp), positional);
    }
}
