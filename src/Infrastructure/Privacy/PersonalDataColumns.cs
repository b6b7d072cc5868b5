using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seo.Domain.Identity;

namespace Seo.Infrastructure.Privacy;

/// <summary>
/// How an entity configuration marks a column as personal data: a value converter that stores it
/// encrypted (<see cref="PersonalDataProtector"/>), a column wide enough for the ciphertext, and —
/// for values searched by equality — a look-up column beside it (<see cref="LookupSuffix"/>), kept
/// by the store context on every save and searched through <c>PersonalDataLookup.Matches</c>.
/// </summary>
public sealed class PersonalDataColumns(PersonalDataProtector protector)
{
    /// <summary>The look-up column of property P is the shadow property P + this suffix, on the same (owned) type.</summary>
    public const string LookupSuffix = "Lookup";

    /// <summary>Marks a look-up shadow property with the property whose value it hashes.</summary>
    public const string LookupOfAnnotation = "Seo:PersonalData:LookupOf";

    /// <summary>64 hex digits of HMAC-SHA256.</summary>
    public const int LookupLength = 64;

    public PersonalDataProtector Protector { get; } = protector;

    /// <summary>
    /// The widest stored form of a value of at most <paramref name="maxChars"/> characters: UTF-8 at
    /// most 3 bytes a character (the model's text is in the basic plane), 28 bytes of nonce and tag,
    /// base64, and the prefix with a key id of at most 32 characters.
    /// </summary>
    public static int StoredLength(int maxChars) => PersonalDataProtector.Prefix.Length + 32 + 1 + (((maxChars * 3) + 28 + 2) / 3 * 4);

    public ValueConverter<string, string> Text() => new Encrypting<string, string>(v => Protector.Protect(v), v => Protector.Unprotect(v));

    public ValueConverter<EmailAddress, string> Email() =>
        new Encrypting<EmailAddress, string>(v => Protector.Protect(v.Value), v => EmailAddress.Create(Protector.Unprotect(v)).Value);

    public ValueConverter<PhoneNumber, string> Phone() =>
        new Encrypting<PhoneNumber, string>(v => Protector.Protect(v.Value), v => PhoneNumber.Create(Protector.Unprotect(v)).Value);

    public ValueConverter<byte[], byte[]> Bytes() => new Encrypting<byte[], byte[]>(v => Protector.ProtectBytes(v), v => Protector.UnprotectBytes(v));

    /// <summary>Wraps a converter to text (a JSON column) so what it writes is encrypted.</summary>
    public ValueConverter<T, string> Encrypted<T>(ValueConverter<T, string> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var toStore = inner.ConvertToProviderTyped;
        var fromStore = inner.ConvertFromProviderTyped;
        return new Encrypting<T, string>(v => Protector.Protect(toStore(v)), v => fromStore(Protector.Unprotect(v)));
    }

    /// <summary>Whether a mapped property is stored encrypted (the re-encryption sweep rewrites those).</summary>
    public static bool IsEncrypted(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        property?.GetValueConverter() is IEncrypting;

    private interface IEncrypting;

    private sealed class Encrypting<TModel, TProvider>(
        System.Linq.Expressions.Expression<Func<TModel, TProvider>> toStore,
        System.Linq.Expressions.Expression<Func<TProvider, TModel>> fromStore) : ValueConverter<TModel, TProvider>(toStore, fromStore), IEncrypting;

    /// <summary>Adds the look-up shadow column of <paramref name="property"/> to an owned type, indexed.</summary>
    public static void Lookup<TOwner, TDependent>(OwnedNavigationBuilder<TOwner, TDependent> owned, string property, string column)
        where TOwner : class
        where TDependent : class
    {
        ArgumentNullException.ThrowIfNull(owned);
        var name = property + LookupSuffix;
        owned.Property<string?>(name).HasMaxLength(LookupLength).HasColumnName(column).HasAnnotation(LookupOfAnnotation, property);
        owned.HasIndex(name);
    }

    /// <summary>Adds the look-up shadow column of <paramref name="property"/> to an entity, indexed.</summary>
    public static void Lookup<TEntity>(EntityTypeBuilder<TEntity> entity, string property)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        var name = property + LookupSuffix;
        entity.Property<string?>(name).HasMaxLength(LookupLength).HasAnnotation(LookupOfAnnotation, property);
        entity.HasIndex(name);
    }

    /// <summary>Sets every look-up column of the added or changed rows from the value it hashes.</summary>
    internal void StampLookups(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var lookup in entry.Metadata.GetProperties())
            {
                if (lookup.FindAnnotation(LookupOfAnnotation)?.Value is string source)
                {
                    var value = entry.Property(source).CurrentValue?.ToString();
                    entry.Property(lookup.Name).CurrentValue = value is null ? null : Protector.Lookup(value);
                }
            }
        }
    }
}
