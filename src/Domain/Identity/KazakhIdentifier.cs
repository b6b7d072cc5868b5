namespace Seo.Domain.Identity;

/// <summary>
/// The check-digit rule shared by the IIN (individuals) and the BIN (legal entities): 12 digits,
/// the 12th is the sum of the first 11 weighted 1..11, mod 11; if that is 10 the weights are
/// 3..11,1,2; if it is 10 again the number is invalid.
/// </summary>
public static class KazakhIdentifier
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public const int Length = 12;

    /// <summary>Null when <paramref name="value"/> is a well-formed identifier, else why not.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return "must be exactly 12 digits";
        }

        var checkDigit = CheckDigit(value, FirstWeights);
        if (checkDigit == 10)
        {
            checkDigit = CheckDigit(value, SecondWeights);
        }

        if (checkDigit == 10)
        {
            return "is not a valid number (no check digit exists for it)";
        }

        return checkDigit == value[11] - '0' ? null : "has a wrong check digit";
    }

    private static int CheckDigit(string value, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        return sum % 11;
    }
}
