using Seo.Application.Accounts;
using Seo.Application.Accounts.CreateStaffAccount;
using Seo.Application.Common.Ports;
using Seo.Domain.Accounts;
using Seo.Domain.Identity;
using Seo.Infrastructure.Persistence;

namespace Seo.WebApi.Startup;

/// <summary>
/// On first start the embedded default has no registrar: one is created from configuration
/// (<c>Seo:Bootstrap:RegistrarEmail</c>, <c>Seo:Bootstrap:RegistrarPassword</c>) or with a
/// one-time random password printed once to the console. There is never a fixed default password.
/// </summary>
internal static partial class RegistrarBootstrap
{
    public const string DefaultEmail = "registrar@seo.local";

    public static async Task EnsureRegistrarAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IRepository<Account>>();
        if (await accounts.AnyAsync(new AccountsInRoleSpec(Role.Registrar), cancellationToken))
        {
            return;
        }

        var email = EmailAddress.Create(configuration["Seo:Bootstrap:RegistrarEmail"] ?? DefaultEmail);
        if (!email.IsSuccess)
        {
            throw new InvalidOperationException($"Seo:Bootstrap:RegistrarEmail: {email.Error.Message}");
        }

        var configured = configuration["Seo:Bootstrap:RegistrarPassword"];
        var password = string.IsNullOrEmpty(configured) ? CreateStaffAccountHandler.GeneratePassword() : configured;
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher>();
        var registrar = Account.CreateStaff(AccountId.New(), Role.Registrar, email.Value, hasher.Hash(password), "Registrar", clock.GetUtcNow());
        var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Seo.Bootstrap");
        db.Accounts.Add(registrar);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (PersistenceConflictException)
        {
            // Instances started together on a server store: another one created the registrar.
            LogCreatedElsewhere(logger, email.Value.Value);
            return;
        }

        if (string.IsNullOrEmpty(configured))
        {
            // Shown once, on the console of the first start only; it is stored nowhere but as a hash.
            Console.WriteLine($"Seo: created the registrar account {email.Value} with the one-time password: {password}");
        }

        LogCreated(logger, email.Value.Value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance created the first registrar account {Email}")]
    private static partial void LogCreatedElsewhere(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first registrar account {Email}")]
    private static partial void LogCreated(ILogger logger, string email);
}
