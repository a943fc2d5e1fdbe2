package kr.gongyu.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/**
 * An account as other modules read it: everything but its password.
 *
 * @param institution the institution staff and partner staff act for; null for every other role
 * @param organization the organisation an organisation account represents; null for every other role
 * @param email the account's email address, verified or not; mail goes only to a {@link #verifiedEmail()}
 * @param language the language the account's messages are written in
 * @param enabled whether the account may log in; an operator disables and enables it
 */
public record AccountView(
        AccountId id,
        String username,
        PersonName name,
        @Nullable PhoneNumber phone,
        boolean phoneVerified,
        Role role,
        @Nullable InstitutionId institution,
        @Nullable Long organization,
        @Nullable String residenceRegionCode,
        Instant createdAt,
        @Nullable String email,
        boolean emailVerified,
        Locale language,
        boolean enabled) {

    /** The address mail may be sent to: the account's email once verified, else empty. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null ? Optional.of(email) : Optional.empty();
    }

    /** The mobile number text messages may be sent to: the account's phone once verified, else empty. */
    public Optional<String> verifiedMobile() {
        return phoneVerified && phone != null ? Optional.of(phone.value()) : Optional.empty();
    }
}
