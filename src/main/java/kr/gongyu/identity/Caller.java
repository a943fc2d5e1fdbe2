package kr.gongyu.identity;

import java.util.Optional;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated account behind a request, whether it came with a bearer token or a log-in session.
 *
 * @param institution for staff and partner staff, the one institution they act for
 * @param organization for organisation accounts, the organisation they represent
 * @param credentialVersion the account's credential version when the token or session was issued: one older than
 *     the account's own is refused ({@link CredentialVersions})
 */
public record Caller(
        AccountId id,
        String username,
        Role role,
        @Nullable InstitutionId institution,
        @Nullable Long organization,
        long credentialVersion) {

    static final String USERNAME = "username";
    static final String ROLE = "role";
    static final String INSTITUTION = "institution";
    static final String ORGANIZATION = "organization";
    static final String CREDENTIAL_VERSION = "credentialVersion";

    /** What a token without the claim (issued before it existed) counts as: older than every account's version. */
    static final long NO_CREDENTIAL_VERSION = -1;

    /** The caller of an authenticated request; empty for an anonymous one. */
    public static Optional<Caller> of(@Nullable Authentication authentication) {
        return switch (authentication) {
            case JwtAuthenticationToken token -> Optional.of(fromToken(token.getToken()));
            case Authentication session
            when session.getPrincipal() instanceof AccountPrincipal principal -> Optional.of(principal.caller());
            case null, default -> Optional.empty();
        };
    }

    private static Caller fromToken(Jwt token) {
        var institution = token.getClaimAsString(INSTITUTION);
        var organization = token.getClaimAsString(ORGANIZATION);
        return new Caller(
                new AccountId(Long.parseLong(token.getSubject())),
                token.getClaimAsString(USERNAME),
                Role.valueOf(token.getClaimAsString(ROLE)),
                institution == null ? null : new InstitutionId(Long.parseLong(institution)),
                organization == null ? null : Long.parseLong(organization),
                token.getClaim(CREDENTIAL_VERSION) instanceof Number version
                        ? version.longValue()
                        : NO_CREDENTIAL_VERSION);
    }

    /** The institution a staff caller acts for. */
    public Optional<InstitutionId> staffInstitution() {
        return role.isInstitutionStaff() ? Optional.ofNullable(institution) : Optional.empty();
    }
}
