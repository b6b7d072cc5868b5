using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Seo.Application.Common.Ports;
using Seo.Infrastructure.Http;

namespace Seo.Infrastructure.Payments.Gateway;

internal static class PaymentGatewayRegistration
{
    /// <summary>
    /// <see cref="HttpPaymentGateway"/> as the <see cref="IPaymentGateway"/>: a typed HttpClient (made
    /// afresh for each use, its handlers pooled by the factory) with <c>Seo:Payments:Gateway</c> checked at
    /// start. Its pipeline, outermost first: the whole call's <see cref="PaymentGatewayOptions.Timeout"/>;
    /// retries with exponential, jittered delays on transient failures only (5xx, 408, 429, connection
    /// errors, attempt timeouts; Retry-After honoured), safe because each POST carries its idempotency key;
    /// each attempt's <see cref="PaymentGatewayOptions.AttemptTimeout"/>. Redirects are not followed.
    /// </summary>
    public static IServiceCollection AddHttpPaymentGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PaymentGatewayOptions>().Bind(configuration.GetSection(PaymentGatewayOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PaymentGatewayOptions>, PaymentGatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<IPaymentGateway, HttpPaymentGateway>(HttpPaymentGateway.ClientName, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value;
                client.BaseAddress = options.BaseAddress;

                // The pipeline's timeouts bound every call.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler(HttpPaymentGateway.ClientName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value;
                pipeline.AddTimeout(options.Timeout);
                pipeline.AddTransientRetry(options.Retries, options.RetryDelay);
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }

    /// <summary>
    /// <see cref="HmacGatewayCallbackAuthenticator"/> with the configured <c>Seo:Payments:Gateway:CallbackSecret</c>
    /// and <c>CallbackTolerance</c>; the start fails, naming the setting, when the secret is missing or too short.
    /// </summary>
    public static IServiceCollection AddGatewayCallbackAuthenticator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(PaymentGatewayOptions.Section).Get<PaymentGatewayOptions>() ?? new PaymentGatewayOptions();
        var failures = PaymentGatewayOptionsValidator.CallbackFailures(options, secretRequired: true).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(PaymentGatewayOptions.Section, typeof(PaymentGatewayOptions), failures);
        }

        return services.AddGatewayCallbackAuthenticator(new GatewayCallbackSecret(options.CallbackSecret!, options.CallbackTolerance));
    }

    /// <summary><see cref="HmacGatewayCallbackAuthenticator"/> with a given secret, e.g. a random one for the sandbox (<see cref="GatewayCallbackSecret.CreateRandom"/>).</summary>
    public static IServiceCollection AddGatewayCallbackAuthenticator(this IServiceCollection services, GatewayCallbackSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(secret);
        services.AddSingleton<IGatewayCallbackAuthenticator, HmacGatewayCallbackAuthenticator>();
        return services;
    }
}
