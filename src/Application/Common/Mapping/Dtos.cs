using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seo.Application.Common.Mapping;

/// <summary>
/// Money as the API shows it: <c>{ "amount": "12345.00", "currency": "KZT" }</c> — the amount a
/// decimal string in tenge with its two tiyn digits, never a binary floating-point number.
/// </summary>
public sealed record MoneyDto([property: JsonConverter(typeof(TengeAmountJsonConverter))] decimal Amount, string Currency)
{
    public static MoneyDto From(Seo.Domain.Payments.Money money) => new(money.Amount, Seo.Domain.Payments.Money.Tenge);
}

/// <summary>Writes an amount as a decimal string with two decimals; reads such a string (or, leniently, a JSON number) exactly.</summary>
public sealed class TengeAmountJsonConverter : JsonConverter<decimal>
{
    /// <summary>The amount's shape in the contract.</summary>
    public const string Pattern = @"^-?[0-9]+\.[0-9]{2}$";

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Seo.Domain.Payments.Money.FormatAmount(value));
    }
}
