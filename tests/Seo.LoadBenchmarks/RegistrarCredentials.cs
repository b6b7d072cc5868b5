/// <summary>
/// Who may write to the simulated registries: the registrar the API created at its first start
/// (its one-time password is printed then, or set with Seo__Bootstrap__RegistrarPassword).
/// Taken from --registrar-email / --registrar-password, else SEO_LOAD_REGISTRAR_EMAIL /
/// SEO_LOAD_REGISTRAR_PASSWORD; the e-mail defaults to the API's own default registrar.
/// </summary>
internal sealed record RegistrarCredentials(string Email, string Password)
{
    public const string DefaultEmail = "registrar@seo.local";

    /// <summary>Takes the two options out of <paramref name="args"/>, leaving the positional arguments.</summary>
    public static (RegistrarCredentials? Credentials, List<string> Positional) Parse(IReadOnlyList<string> args)
    {
        string? email = null;
        string? password = null;
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
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        email ??= Environment.GetEnvironmentVariable("SEO_LOAD_REGISTRAR_EMAIL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultEmail;
        password ??= Environment.GetEnvironmentVariable("SEO_LOAD_REGISTRAR_PASSWORD");
        return (string.IsNullOrEmpty(password) ? null : new RegistrarCredentials(email, password), positional);
    }
}
