namespace Seo.Application.Common.Ports;

public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string password, string hash);
}
