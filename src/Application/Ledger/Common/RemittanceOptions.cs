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
}
