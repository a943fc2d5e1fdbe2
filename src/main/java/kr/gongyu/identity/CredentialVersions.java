package kr.gongyu.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a token or a page session is still honoured: it carries the account's credential version of when it was
 * issued, and a password change, a disabled account or a new role bumps the account's, which ends every token and
 * session of the account at once.
 *
 * <p>Every authenticated request reads the version by the account's primary key, on purpose without a cache: a cache
 * on each node would keep a token revoked on another node alive until it expired or was told, and telling every
 * node needs a channel the platform does not have. The read costs MEASURED, which is all a correct cache
 * could have saved.
 */
@Component
public class CredentialVersions {

    private final JdbcClient jdbc;

    CredentialVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the caller's token or session carries the credentials its account has now, and it is enabled. */
    public boolean isCurrent(Caller caller) {
        return jdbc.sql("select credential_version from account where id = :id and enabled")
                .param("id", caller.id().value())
                .query(Long.class)
                .optional()
                .filter(current -> current == caller.credentialVersion())
                .isPresent();
    }
}
