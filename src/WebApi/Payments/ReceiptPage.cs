using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Seo.Application.Payments.Receipts;
using Seo.Domain.Common;

namespace Seo.WebApi.Payments;

/// <summary>A receipt as a page to print: everything the JSON receipt states, nothing more.</summary>
internal static class ReceiptPage
{
    private const string Style = "body{font:14px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto}th{text-align:left;padding-right:2em;font-weight:normal;color:#555}td{font-weight:600}";

    public static string Render(ReceiptDto receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var title = receipt.Kind == ReceiptKind.Payment ? "Payment receipt" : "Refund receipt";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{E(title)}} {{E(receipt.Number)}}</title>
            <style>{{Style}}</style>
            </head><body><h1>{{E(title)}}</h1><table>
            """);
        Row(html, "Receipt number", receipt.Number);
        Row(html, "Issued", receipt.IssuedAt.ToOffset(KazakhstanTime.Offset).ToString("yyyy-MM-dd HH:mm:ss '(UTC'zzz')'", CultureInfo.InvariantCulture));
        Row(html, "Issued by", receipt.Registrar);
        Row(html, "Payer account", receipt.Payer.ToString());
        Row(html, "For", receipt.Purpose.ToString());
        Row(html, "Reference", receipt.Reference);
        if (receipt.BookingId is { } booking)
        {
            Row(html, "Booking", booking.ToString());
        }

        Row(html, "Amount", $"{receipt.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture)} {receipt.Amount.Currency}");
        Row(html, "Tariff version", receipt.TariffVersion?.ToString(CultureInfo.InvariantCulture) ?? "—");
        Row(html, "Gateway reference", receipt.GatewayReference);
        if (receipt.Fault is { } fault)
        {
            Row(html, "Refunded for", $"{fault} fault: {receipt.Reason}");
        }

        html.Append("</table></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
