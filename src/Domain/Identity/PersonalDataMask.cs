namespace Seo.Domain.Identity;

/// <summary>
/// Personal data as it may appear in a log line, an exception or a reason shown to someone else:
/// enough to tell values apart, never enough to recover one (docs/personal-data.md).
/// </summary>
public static class PersonalDataMask
{
    /// <summary>An IIN or BIN: the first four and last two digits, "8001******23".</summary>
    public static string TaxId(string? value) => Keep(value, 4, 2);

    /// <summary>A phone number: the + and country/operator digits and the last two, "+7701*****67".</summary>
    public static string Phone(string? value) => Keep(value, 5, 2);

    /// <summary>A document number: the first and last two characters, "N1*****67".</summary>
    public static string DocumentNumber(string? value) => Keep(value, 2, 2);

    /// <summary>
    /// An e-mail address: the first character and the domain, "c***@example.kz"; text that is no
    /// valid address keeps nothing, "***".
    /// </summary>
    public static string Email(string? value)
    {
        if (EmailAddress.Create(value) is not { IsSuccess: true } email)
        {
            return "***";
        }

        var address = email.Value.Value;
        return address[..1] + "***" + address[address.LastIndexOf('@')..];
    }

    /// <summary>A name: its initial, "B***".</summary>
    public static string Name(string? value) => string.IsNullOrEmpty(value) ? string.Empty : value[..1] + "***";

    private static string Keep(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Short values keep nothing but their length.
        return value.Length <= head + tail + 2
            ? new string('*', value.Length)
            : value[..head] + new string('*', value.Length - head - tail) + value[^tail..];
    }
}
