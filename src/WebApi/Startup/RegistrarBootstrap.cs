using Microsoft.EntityFrameworkCore;
using Seo.Application.Accounts;
using Seo.Application.Audit;
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

    /// <summary>Base32 TOTP secret of the first registrar, for tools that sign in as it (sandbox, tests); with it the first sign-in needs no setup.</summary>
    public const string TotpSecretKey = "Seo:Bootstrap:RegistrarTotpSecret";

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
        if (Totp.FromBase32(configuration[TotpSecretKey]) is { } totpSecret)
        {
            // The sandbox's tools (simulator, load driver) sign in as this registrar and compute its
            // codes from the configured secret; configuration set it up, so there is nothing left to do.
            if (totpSecret.Length < 10)
            {
                throw new InvalidOperationException($"{TotpSecretKey} must be base32 of at least 10 bytes (16 characters).");
            }

            registrar.EnrolConfiguredTotp(scope.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(totpSecret), clock.GetUtcNow());
        }
        else
        {
            // Otherwise the first sign-in must set a new password and enrol an authenticator before anything else.
            registrar.RequirePasswordChange();
        }

        var db = scope.ServiceProvider.GetRequiredService<SeoDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Seo.Bootstrap");
        db.Accounts.Add(registrar);
        db.AuditEntries.Add(Domain.Audit.AuditEntry.Draft(
            clock.GetUtcNow(), AuditRecord.System, AuditActions.StaffCreated, registrar.Id.ToString(),
            System.Text.Json.JsonSerializer.Serialize(new { email = registrar.Email.Value, role = "Registrar", bootstrap = true })));
        try
        {
            // One transaction: the audit trail's entry is chained in the transaction of what it records.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(
                async token =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await db.SaveChangesAsync(token);
                    await transaction.CommitAsync(token);
                },
                cancellationToken);
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
