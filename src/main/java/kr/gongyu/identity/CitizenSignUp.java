package kr.gongyu.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.gongyu.identity.internal.Account;
import kr.gongyu.identity.internal.AccountStore;
import kr.gongyu.institution.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A citizen creates their own account (회원가입): the one way into Gongyu that no institution grants. */
@Service
public class CitizenSignUp {

    /** Lower-case letters, digits, dot, hyphen and underscore, starting with a letter: safe in URLs and logs. */
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{3,29}");

    static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads no more than 72 bytes, and refuses to hash more: a hangul character takes three. */
    static final int MAX_PASSWORD_BYTES = 72;

    static final int MAX_NAME_LENGTH = 50;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Regions regions;
    private final Clock clock;

    CitizenSignUp(AccountStore accounts, PasswordEncoder passwords, Regions regions, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Command: the sign-up form.
     *
     * @param residenceRegionCode the 시·군·구 the citizen lives in, if they say (for resources open to residents)
     */
    public record SignUp(
            String username,
            String password,
            String displayName,
            @Nullable String residenceRegionCode) {}

    /** A field of the form at fault, with the message key that says why. */
    public record Mistake(String field, String code) {}

    /** The sign-up refused, with every mistake of the form at once. */
    public static final class Refused extends RuntimeException {

        private final List<Mistake> mistakes;

        Refused(List<Mistake> mistakes) {
            super(mistakes.toString());
            this.mistakes = List.copyOf(mistakes);
        }

        public List<Mistake> mistakes() {
            return mistakes;
        }
    }

    /** The mistakes of the form, all at once; none means it may be signed up (unless the username goes meanwhile). */
    @Transactional(readOnly = true)
    public List<Mistake> mistakesIn(SignUp form) {
        var mistakes = new ArrayList<Mistake>();
        if (!USERNAME.matcher(form.username()).matches()) {
            mistakes.add(new Mistake("username", "signup.error.username"));
        } else if (accounts.findByUsername(form.username()).isPresent()) {
            mistakes.add(new Mistake("username", "signup.error.usernameTaken"));
        }
        passwordMistake(form.password(), form.username())
                .ifPresent(code -> mistakes.add(new Mistake("password", code)));
        var name = form.displayName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            mistakes.add(new Mistake("displayName", "signup.error.displayName"));
        }
        var region = form.residenceRegionCode();
        if (region != null && !regions.exists(region)) {
            mistakes.add(new Mistake("residenceRegionCode", "signup.error.region"));
        }
        return mistakes;
    }

    /**
     * What is wrong with a password chosen for the account with this username, as a message key; the same rules at
     * sign-up and at a change of password.
     */
    static Optional<String> passwordMistake(String password, String username) {
        if (password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("signup.error.password");
        }
        return password.equals(username) ? Optional.of("signup.error.passwordIsUsername") : Optional.empty();
    }

    /** Creates the citizen's account; refused with every mistake when the form has any. */
    @Transactional
    public AccountView signUp(SignUp form) {
        var mistakes = mistakesIn(form);
        if (!mistakes.isEmpty()) {
            throw new Refused(mistakes);
        }
        try {
            return accounts.save(Account.citizen(
                            form.username(),
                            passwords.encode(form.password()),
                            form.displayName().strip(),
                            form.residenceRegionCode(),
                            clock.instant()))
                    .view();
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw new Refused(List.of(new Mistake("username", "signup.error.usernameTaken")));
        }
    }
}
