using System.Text.Json;
using Seo.Application.Ledger.Common;
using Seo.Application.Ledger.PaymentOrder;

namespace Seo.Infrastructure.Ledger;

/// <summary>Payment orders as JSON files in one directory, under their batch's file name (written whole, then moved into place).</summary>
internal sealed class PaymentOrderFiles(string directory) : IPaymentOrderFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(string fileName, PaymentOrderDto order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Path.GetFileName(fileName));
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await JsonSerializer.SerializeAsync(file, order, Json, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }
}
