using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Seo.Infrastructure.Payments.Gateway;

/// <summary>
/// The signature the gateway puts on each callback, in the <see cref="HeaderName"/> header:
/// <c>t={unix seconds},v1={lowercase hex HMAC-SHA256 of "{t}.{raw body}" keyed with the shared secret}</c>.
/// The signed time lets a receiver refuse a captured callback replayed later; several <c>v1</c>
/// entries may be sent while the gateway rotates its secret.
/// </summary>
internal static class GatewayCallbackSignature
{
    public const string HeaderName = "X-Gateway-Signature";

    private const string TimestampKey = "t";
    private const string SignatureKey = "v1";

    /// <summary>The longest header read; anything longer is not a signature.</summary>
    private const int MaximumHeaderLength = 1024;

    /// <summary>The header value for <paramref name="body"/> signed with <paramref name="secret"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string body, string secret, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var seconds = timestamp.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"{TimestampKey}={seconds},{SignatureKey}={Convert.ToHexStringLower(Mac(body, secret, seconds))}");
    }

    /// <summary>HMAC-SHA256 of <c>"{seconds}.{body}"</c> (UTF-8) keyed with the secret's UTF-8 bytes.</summary>
    public static byte[] Mac(string body, string secret, long seconds)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(secret);
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seconds}.{body}"));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);
    }

    /// <summary>
    /// Reads a header: exactly one <c>t</c> (unix seconds) and at least one <c>v1</c> (64 hex digits);
    /// other keys are ignored so the scheme can grow. False for anything else.
    /// </summary>
    public static bool TryParse(string header, out long seconds, out IReadOnlyList<byte[]> signatures)
    {
        ArgumentNullException.ThrowIfNull(header);
        seconds = 0;
        signatures = [];
        if (header.Length > MaximumHeaderLength)
        {
            return false;
        }

        long? timestamp = null;
        var found = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var key = part[..equals];
            var value = part[(equals + 1)..];
            if (key == TimestampKey)
            {
                if (timestamp is not null || value.Length is 0 or > 12 || !value.All(char.IsAsciiDigit)
                    || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    return false;
                }

                timestamp = parsed;
            }
            else if (key == SignatureKey)
            {
                if (value.Length != 64 || !value.All(char.IsAsciiHexDigit))
                {
                    return false;
                }

                found.Add(Convert.FromHexString(value));
            }
        }

        if (timestamp is null || found.Count == 0)
        {
            return false;
        }

        seconds = timestamp.Value;
        signatures = found;
        return true;
    }
}
