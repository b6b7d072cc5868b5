using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

/// <summary>Authorization policies by role.</summary>
internal static class Policies
{
    public const string User = nameof(User);
    public const string Registrar = nameof(Registrar);
    public const string OfficerOrRegistrar = nameof(OfficerOrRegistrar);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(User, p => p.RequireRole(nameof(Role.User)))
        .AddPolicy(Registrar, p => p.RequireRole(nameof(Role.Registrar)))
        .AddPolicy(OfficerOrRegistrar, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Registrar)));
}
