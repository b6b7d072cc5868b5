namespace Seo.Application.Ledger.Common;

/// <summary>
/// R24 and the payment order the registrar's bank receives (<c>Seo:Remittance</c>). The
/// registrar's and the budget's bank details come from the registrar's contract and the budget
/// classification; Production refuses to start without them.
/// </summary>
public sealed class RemittanceOptions
{
    public const string Section = "Seo:Remittance";

    /// <summary>R24: received money reaches the budget within this many days, the day it was received counting as the first.</summary>
    public int DeadlineDays { get; set; } = 3;

    /// <summary>Whether <see cref="DeadlineDays"/> counts calendar days (the default) or working days.</summary>
    public RemittanceDays Days { get; set; } = RemittanceDays.Calendar;

    /// <summary>With working days: the public holidays and other days off besides Saturdays and Sundays.</summary>
    public ICollection<DateOnly> Holidays { get; } = new List<DateOnly>();

    /// <summary>Where payment order files are written; relative paths are under the data directory.</summary>
    public string Directory { get; set; } = "remittances";

    public string RegistrarName { get; set; } = "Registrar of the electronic queue";

    /// <summary>The registrar's BIN (12 digits).</summary>
    public string? RegistrarBin { get; set; }

    /// <summary>The registrar's account (IIK, 20 characters) the fees are collected on.</summary>
    public string? RegistrarAccount { get; set; }

    /// <summary>The budget classification code (KBK) of the fee.</summary>
    public string? BudgetClassificationCode { get; set; }

    /// <summary>The payment purpose code (KNP).</summary>
    public string? PaymentPurposeCode { get; set; }

    /// <summary>Refuses a limit that is no limit: fewer than one day, or more than a month.</summary>
    public RemittanceOptions Validated()
    {
        if (DeadlineDays is < 1 or > 31)
        {
            throw new InvalidOperationException($"{Section}:{nameof(DeadlineDays)} must be 1 to 31 days (R24 says three); it is {DeadlineDays}.");
        }

        if (!Enum.IsDefined(Days))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Days)} must be {RemittanceDays.Calendar} or {RemittanceDays.Working}.");
        }

        return this;
    }
}

/// <summary>How R24's days are counted.</summary>
public enum RemittanceDays
{
    /// <summary>Every day counts.</summary>
    Calendar,

    /// <summary>Monday to Friday count, less the configured holidays.</summary>
    Working,
}
