package kr.gongyu.identity.internal;

import java.time.Clock;
import kr.gongyu.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first platform operator of a fresh production database from
 * {@code gongyu.bootstrap.operator-username} and {@code gongyu.bootstrap.operator-password}, when no operator
 * exists yet. Once one does, the properties are ignored, so they can stay set without risk.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Environment environment;
    private final Clock clock;

    OperatorBootstrap(AccountStore accounts, PasswordEncoder passwords, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        var username = environment.getProperty("gongyu.bootstrap.operator-username");
        var password = environment.getProperty("gongyu.bootstrap.operator-password");
        if (username == null || username.isBlank() || accounts.existsByRole(Role.OPERATOR)) {
            return;
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("gongyu.bootstrap.operator-password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters to create the first operator");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException(
                    "Cannot create the first operator: the username " + username + " belongs to another account");
        }
        accounts.save(Account.operator(username, passwords.encode(password), "플랫폼 운영자", clock.instant()));
        log.info("Created the first platform operator, {}", username);
    }
}
