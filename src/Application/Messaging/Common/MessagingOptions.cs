using Seo.Domain.Common;

namespace Seo.Application.Messaging.Common;

/// <summary>
/// How the journey's messages are made and delivered (section <c>Seo:Messaging</c>; the providers'
/// addresses and keys are the adapters' own, see <c>docs/messaging.md</c>).
/// </summary>
public sealed class MessagingOptions
{
    public const string Section = "Seo:Messaging";

    /// <summary>Attempts per message, the first included; after the last failure it is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The delay after the first failure; doubled after each further one, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many due messages one delivery run looks at.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a delivery run's claim keeps other runs off a message it is sending; far longer
    /// than one send may take (the adapters' timeouts and retries), so a claim only lapses when its run died.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Push goes to a topic per owner account, this prefix then the account id (the app subscribes to its account's topic).</summary>
    public string PushTopicPrefix { get; set; } = "account-";

    /// <summary>R33: the officers' channels.</summary>
    public OfficersChannelOptions Officers { get; set; } = new();

    public CappedBackoff Backoff => new(FirstBackoff, MaxBackoff);

    /// <summary>The push topic of an owner account.</summary>
    public string PushTopicOf(Guid account) => PushTopicPrefix + account.ToString("N");

    /// <summary>Refuses settings the delivery could not work with, naming them.</summary>
    public void Validate()
    {
        if (MaxAttempts is < 1 or > 50 || BatchSize is < 1 or > 500)
        {
            throw new InvalidOperationException($"{Section}: MaxAttempts must be 1 to 50 and BatchSize 1 to 500.");
        }

        if (FirstBackoff <= TimeSpan.Zero || MaxBackoff < FirstBackoff || Lease < TimeSpan.FromSeconds(10))
        {
            throw new InvalidOperationException($"{Section}: FirstBackoff must be positive, MaxBackoff at least FirstBackoff, Lease at least 10 s.");
        }
    }
}

/// <summary>R33: where the officers' backup channel sends the call list.</summary>
public sealed class OfficersChannelOptions
{
    public OfficersBackupOptions Backup { get; set; } = new();
}

/// <summary>
/// R33: the backup channel is SMS to the checkpoint's duty phone(s): those listed for the
/// checkpoint's code in <see cref="DutyPhones"/>, otherwise <see cref="DefaultDutyPhones"/>.
/// </summary>
public sealed class OfficersBackupOptions
{
    public Dictionary<string, string[]> DutyPhones { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string[] DefaultDutyPhones { get; set; } = [];

    /// <summary>The checkpoint's duty phones, or the default ones; blank entries (an unset environment variable) are left out.</summary>
    public IReadOnlyList<string> DutyPhonesOf(string checkpoint)
    {
        var own = DutyPhones.TryGetValue(checkpoint, out var phones) ? Set(phones) : [];
        return own.Count > 0 ? own : Set(DefaultDutyPhones);
    }

    public bool AnyDutyPhone => Set(DefaultDutyPhones).Count > 0 || DutyPhones.Values.Any(p => Set(p).Count > 0);

    private static List<string> Set(string[] phones) =>
        [.. phones.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal)];
}

/// <summary>Which channels this deployment sends on, decided by the adapters it configured.</summary>
/// <param name="Email">Whether e-mails are sent (a provider, or the sandbox's recording); without, an account notice goes by SMS.</param>
public sealed record MessagingChannels(bool Push, bool Email = false);
