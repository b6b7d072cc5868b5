using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Seo.Application.Messaging.Common;
using Seo.Infrastructure.Http;
using Seo.Infrastructure.Messaging.Http;
using Seo.Infrastructure.Messaging.Sandbox;

namespace Seo.Infrastructure.Messaging;

/// <summary>
/// The journey's messages: the options, the queue, and the adapters of the configured mode.
/// Production never sends through the sandbox adapter by accident: a process that delivers
/// messages (its scheduler runs the delivery job) refuses to start without providers unless
/// sandbox mode is on or <c>Seo:Messaging:RecordOnly</c> says so explicitly.
/// </summary>
public static class MessagingRegistration
{
    public const string SmsSection = MessagingOptions.Section + ":Sms";
    public const string PushSection = MessagingOptions.Section + ":Push";
    public const string OfficersMainSection = MessagingOptions.Section + ":Officers:Main";
    public const string EmailSection = MessagingOptions.Section + ":Email";

    /// <summary>Record every message instead of sending it, outside sandbox mode too (test stands); off unless set.</summary>
    public const string RecordOnlySetting = MessagingOptions.Section + ":RecordOnly";

    /// <param name="sandbox">Sandbox mode: the sandbox adapters record every message, and no provider may be configured.</param>
    /// <param name="deliversHere">Whether this process runs the delivery job; one that does not never sends, so needs no provider.</param>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, bool sandbox, bool deliversHere)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddScoped<IPendingMessages, EfPendingMessages>();
        services.AddScoped<ISandboxMessages, SandboxMessageStore>();

        var sms = Provider(configuration, SmsSection);
        var push = Provider(configuration, PushSection);
        var officersMain = Provider(configuration, OfficersMainSection);
        var email = Provider(configuration, EmailSection);
        var anyProvider = sms.IsConfigured || push.IsConfigured || officersMain.IsConfigured || email.IsConfigured;
        var recordOnly = configuration.GetValue(RecordOnlySetting, defaultValue: false);

        if (sandbox || recordOnly)
        {
            // Sandbox messages reach nobody; with a provider beside them, some would and some would not.
            if (anyProvider)
            {
                throw new InvalidOperationException(
                    $"{(sandbox ? "Seo:Sandbox:Enabled" : RecordOnlySetting)} is true but a messaging provider is configured ({Configured(sms, push, officersMain, email)}): " +
                    "sandbox messages are only recorded, never sent. Turn sandbox/record-only off to send through the providers, or unset the providers.");
            }

            // Recorded like every other channel, so integrators see the push messages too.
            services.AddSingleton(new MessagingChannels(Push: true, Email: true));
            services.AddSingleton<SandboxMessageSender>();
            services.AddSingleton<ISmsSender>(provider => provider.GetRequiredService<SandboxMessageSender>());
            services.AddSingleton<IPushSender>(provider => provider.GetRequiredService<SandboxMessageSender>());
            services.AddSingleton<IOfficersConsoleSender>(provider => provider.GetRequiredService<SandboxMessageSender>());
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<SandboxMessageSender>());
            return services;
        }

        // Push is optional: without its provider no push messages are made, and SMS carries every message (R29, R34: "push or SMS").
        // E-mail is optional too: without its provider an account notice goes by SMS to the owner's phone.
        services.AddSingleton(new MessagingChannels(Push: push.IsConfigured, Email: email.IsConfigured));
        if (!anyProvider && !deliversHere)
        {
            // Only messages are made here (e.g. by the projections worker); the API's delivery job sends them.
            services.AddSingleton<IEmailSender, NoEmailProvider>();
            return services;
        }

        if (!sms.IsConfigured || !officersMain.IsConfigured)
        {
            throw new InvalidOperationException(
                $"Messages (R29, R33, R34) cannot be sent: {Missing(sms, officersMain)} not configured, and sandbox mode is off. " +
                $"Set {SmsSection}:BaseUrl and {OfficersMainSection}:BaseUrl (with their ApiKey) to send through the providers, " +
                $"or Seo:Sandbox:Enabled=true (development), or {RecordOnlySetting}=true to only record them. See docs/messaging.md.");
        }

        if (!options.Officers.Backup.AnyDutyPhone)
        {
            throw new InvalidOperationException(
                $"R33: the officers' backup channel has no duty phone: set {MessagingOptions.Section}:Officers:Backup:DefaultDutyPhones (or DutyPhones:<checkpoint>).");
        }

        services.AddSingleton(new SmsProviderOptions(sms));
        services.AddSingleton(new OfficersConsoleProviderOptions(officersMain));
        AddClient(services, SmsHttpSender.Name, sms, SmsSection);
        AddClient(services, OfficersConsoleHttpSender.Name, officersMain, OfficersMainSection);
        services.AddSingleton<ISmsSender, SmsHttpSender>();
        services.AddSingleton<IOfficersConsoleSender, OfficersConsoleHttpSender>();
        if (push.IsConfigured)
        {
            services.AddSingleton(new PushProviderOptions(push));
            AddClient(services, PushHttpSender.Name, push, PushSection);
            services.AddSingleton<IPushSender, PushHttpSender>();
        }
        else
        {
            services.AddSingleton<IPushSender, NoPushProvider>();
        }

        if (email.IsConfigured)
        {
            services.AddSingleton(new EmailProviderOptions(email));
            AddClient(services, EmailHttpSender.Name, email, EmailSection);
            services.AddSingleton<IEmailSender, EmailHttpSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, NoEmailProvider>();
        }

        return services;
    }

    /// <summary>
    /// A named HttpClient whose every attempt is bounded by a timeout and retried, with jitter, on
    /// transient failures (5xx, 408, 429, connection errors, attempt timeouts; Retry-After is honoured).
    /// A POST is safe to retry: the message id travels as the provider's idempotency key.
    /// </summary>
    internal static void AddClient(IServiceCollection services, string name, MessageProviderOptions options, string section)
    {
        options.Validate(section);
        services.AddHttpClient(name, client =>
            {
                client.BaseAddress = options.BaseAddress;
                // The pipeline's per-attempt timeout bounds every call.
                client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(name, pipeline =>
            {
                pipeline.AddTransientRetry(options.Retries, options.RetryDelay);
                pipeline.AddTimeout(options.Timeout);
            });
    }

    private static MessageProviderOptions Provider(IConfiguration configuration, string section) =>
        configuration.GetSection(section).Get<MessageProviderOptions>() ?? new MessageProviderOptions();

    private static string Configured(MessageProviderOptions sms, MessageProviderOptions push, MessageProviderOptions officersMain, MessageProviderOptions email) =>
        string.Join(", ", new[] { (sms, SmsSection), (push, PushSection), (officersMain, OfficersMainSection), (email, EmailSection) }.Where(p => p.Item1.IsConfigured).Select(p => p.Item2 + ":BaseUrl"));

    private static string Missing(MessageProviderOptions sms, MessageProviderOptions officersMain)
    {
        var missing = new List<string>();
        if (!sms.IsConfigured)
        {
            missing.Add("the SMS provider");
        }

        if (!officersMain.IsConfigured)
        {
            missing.Add("the officers' console (R33 main channel)");
        }

        return $"{string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")}";
    }
}

/// <summary>No push provider is configured, so no push messages are made (see <see cref="MessagingChannels"/>); one made earlier fails visibly.</summary>
internal sealed class NoPushProvider : IPushSender
{
    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Failure($"No push provider is configured ({MessagingRegistration.PushSection}:BaseUrl)."));
}

/// <summary>No e-mail provider is configured, so no e-mails are made (see <see cref="MessagingChannels"/>); one made earlier fails visibly.</summary>
internal sealed class NoEmailProvider : IEmailSender
{
    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Failure($"No e-mail provider is configured ({MessagingRegistration.EmailSection}:BaseUrl)."));
}
