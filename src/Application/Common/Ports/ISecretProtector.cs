namespace Seo.Application.Common.Ports;

/// <summary>Encrypts small secrets kept in the write store (TOTP secrets), with a key that never lives in the store or the repository.</summary>
public interface ISecretProtector
{
    string Protect(ReadOnlySpan<byte> secret);

    /// <summary>The secret, or an exception when the text was not made with this key or was altered.</summary>
    byte[] Unprotect(string protectedSecret);
}
