using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Seo.Application.Common.Ports;
using Seo.Application.Ledger.Common;
using Seo.Application.Payments.Common;
using Seo.Application.Payments.Receipts;
using Seo.Infrastructure.Ledger;
using Seo.Infrastructure.Payments.Gateway;
using Seo.Infrastructure.Payments.Sandbox;
using Seo.Infrastructure.Persistence;

namespace Seo.Infrastructure.Payments;

/// <summary>
/// Payments, the ledger and remittance. The gateway is the acquiring bank's HTTP API once
/// <c>Seo:Payments:Gateway:BaseUrl</c> is set; until then the sandbox acquirer stands in (and a
/// production host refuses it, see <see cref="DemoStandIns"/>). Callbacks are authenticated the same
/// way for both: the sandbox signs with the configured secret, or a random one made at start.
/// </summary>
internal static class PaymentServices
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration, PersistenceOptions persistence)
    {
        services.AddSingleton(configuration.GetSection(PaymentOptions.Section).Get<PaymentOptions>() ?? new());
        services.AddSingleton(configuration.GetSection(ReceiptOptions.Section).Get<ReceiptOptions>() ?? new());
        var remittance = (configuration.GetSection(RemittanceOptions.Section).Get<RemittanceOptions>() ?? new()).Validated();
        services.AddSingleton(remittance);
        services.AddSingleton<IPaymentOrderFiles>(new PaymentOrderFiles(Path.Combine(persistence.DataDirectory, remittance.Directory)));
        services.AddScoped<ILedgerReader, EfLedgerReader>();
        services.AddHealthChecks().AddCheck<RemittanceHealthCheck>("remittance", tags: ["ready"]);

        var gateway = configuration.GetSection(PaymentGatewayOptions.Section).Get<PaymentGatewayOptions>() ?? new();
        if (gateway.IsConfigured)
        {
            services.AddHttpPaymentGateway(configuration);
            services.AddGatewayCallbackAuthenticator(configuration);
            return services;
        }

        var secret = string.IsNullOrEmpty(gateway.CallbackSecret)
            ? GatewayCallbackSecret.CreateRandom(gateway.CallbackTolerance)
            : new GatewayCallbackSecret(gateway.CallbackSecret, gateway.CallbackTolerance);
        services.AddGatewayCallbackAuthenticator(secret);
        var acquirer = configuration.GetSection(SandboxAcquirerOptions.Section).Get<SandboxAcquirerOptions>() ?? new();
        services.AddSingleton(provider => new SandboxAcquirer(acquirer, secret, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPaymentGateway>(provider => provider.GetRequiredService<SandboxAcquirer>());
        return services;
    }
}
