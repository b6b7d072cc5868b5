using Seo.Domain.Accounts;

namespace Seo.WebApi.Auth;

/// <summary>Authorization policies by role.</summary>
internal static class Policies
{
    public const string User = nameof(User);
    public const string Registrar = nameof(Registrar);
    public const string OfficerOrRegistrar = nameof(OfficerOrRegistrar);
    public const string OfficerOrAnalyst = nameof(OfficerOrAnalyst);
    public const string Device = nameof(Device);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder) => builder
        .AddPolicy(User, p => p.RequireRole(nameof(Role.User)))
        .AddPolicy(Registrar, p => p.RequireRole(nameof(Role.Registrar)))
        .AddPolicy(OfficerOrRegistrar, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Registrar)))
        .AddPolicy(OfficerOrAnalyst, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Analyst)))
        // Cameras only, by their key: a bearer token (even of a Device account) is not read here.
        .AddPolicy(Device, p => p.AddAuthenticationSchemes(DeviceKeyAuthenticationHandler.SchemeName).RequireRole(nameof(Role.Device)));
}
