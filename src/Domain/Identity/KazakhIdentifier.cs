namespace Seo.Domain.Identity;

/// <summary>
/// The check-digit rule shared by the IIN (individuals) and the BIN (legal entities): 12 digits,
/// the 12th is the sum of the first 11 weighted 1..11, mod 11; if that is 10 the weights are
/// 3..11,1,2; if it is 10 again the number is invalid. A number can pass the check digit and still
/// not exist (twelve zeros do): <see cref="IinProblem"/> and <see cref="BinProblem"/> also refuse
/// what the number's structure says cannot be (docs/identity.md, "Tax ids").
/// </summary>
public static class KazakhIdentifier
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public const int Length = 12;

    /// <summary>The form <see cref="Problem"/> asks for, as a regular expression for the API contract; the check digit (and an IIN's birth date) it cannot express.</summary>
    public const string Pattern = "^[0-9]{12}$";

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

    /// <summary>
    /// Null when <paramref name="value"/> can be an IIN: digits 1–6 are the birth date (YYMMDD), the
    /// 7th gives the century and sex (1, 2: born in the 1800s; 3, 4: 1900s; 5, 6: 2000s), so the
    /// date must exist in that century; then the check digit.
    /// </summary>
    public static string? IinProblem(string? value)
    {
        if (Problem(value) is { } problem)
        {
            return problem;
        }

        var centuryDigit = value![6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            return "has no valid century-and-sex digit (its 7th digit is 1 to 6)";
        }

        var year = 1800 + (100 * ((centuryDigit - 1) / 2)) + Number(value, 0);
        var month = Number(value, 2);
        var day = Number(value, 4);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? null
            : "does not begin with a birth date that exists (YYMMDD)";
    }

    /// <summary>
    /// Null when <paramref name="value"/> can be a BIN: digits 1–4 are the registration year and
    /// month (YYMM), the 5th the kind of entity (4 resident legal entity, 5 non-resident legal
    /// entity, 6 joint individual entrepreneurship), the 6th the unit (0 head office, 1 branch,
    /// 2 representative office, 3 peasant farm); then the check digit.
    /// </summary>
    public static string? BinProblem(string? value)
    {
        if (Problem(value) is { } problem)
        {
            return problem;
        }

        if (Number(value!, 2) is < 1 or > 12)
        {
            return "does not begin with a registration year and month that exist (YYMM)";
        }

        if (value![4] is < '4' or > '6')
        {
            return "has no valid entity-kind digit (its 5th digit is 4, 5 or 6)";
        }

        return value[5] is < '0' or > '3' ? "has no valid unit digit (its 6th digit is 0 to 3)" : null;
    }

    private static int Number(string value, int start) => ((value[start] - '0') * 10) + (value[start + 1] - '0');

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
