package kr.gongyu.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import kr.gongyu.identity.AccountContacts;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.AccountView;
import kr.gongyu.notification.ContactRefused.Reason;
import kr.gongyu.notification.internal.EmailChannel;
import kr.gongyu.notification.internal.SendOutcome;
import kr.gongyu.notification.internal.SmsChannel;
import kr.gongyu.notification.internal.VerificationCodeStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's email address and mobile number, each proved by a 6-digit code sent through its own channel before
 * anything else is sent to it. Codes are kept hashed, last {@link #CODE_LIFE}, allow {@link #MAX_TRIES} wrong tries,
 * and one channel gets at most one code a {@link #RESEND_AFTER}.
 */
@Service
public class ContactDetails {

    static final Duration CODE_LIFE = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    static final int MAX_TRIES = 5;

    private static final Logger log = LoggerFactory.getLogger(ContactDetails.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("01[016789](\\d{3,4})(\\d{4})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountDirectory accounts;
    private final AccountContacts contacts;
    private final VerificationCodeStore codes;
    private final EmailChannel email;
    private final SmsChannel sms;
    private final PasswordEncoder hashes;
    private final Clock clock;

    ContactDetails(
            AccountDirectory accounts,
            AccountContacts contacts,
            VerificationCodeStore codes,
            EmailChannel email,
            SmsChannel sms,
            PasswordEncoder hashes,
            Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.codes = codes;
        this.email = email;
        this.sms = sms;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** What is wrong with the two as contact details (nothing: they may be saved), as a sign-up form asks first. */
    public List<ContactRefused> mistakesIn(@Nullable String newEmail, @Nullable String newMobile) {
        var mistakes = new ArrayList<ContactRefused>();
        try {
            email(newEmail);
        } catch (ContactRefused mistake) {
            mistakes.add(mistake);
        }
        try {
            mobile(newMobile);
        } catch (ContactRefused mistake) {
            mistakes.add(mistake);
        }
        return mistakes;
    }

    @Transactional(readOnly = true)
    public ContactView of(AccountId id) {
        return view(account(id));
    }

    /**
     * Sets both: a new or still unverified address gets a code (at most one a minute per channel: a new address
     * sooner is refused), a verified one left as it was stays verified, and an empty one is removed. Refused as a
     * whole: nothing changes unless every code could be sent.
     */
    @Transactional
    public ContactView change(AccountId id, @Nullable String newEmail, @Nullable String newMobile, Locale locale) {
        var before = account(id);
        var address = email(newEmail);
        var number = mobile(newMobile);
        var newAddress = !Objects.equals(address, before.email());
        var newNumber = !Objects.equals(
                number, before.phone() == null ? null : before.phone().value());
        var account = contacts.change(id, address, number);
        if (address == null || account.verifiedEmail().isPresent()) {
            codes.remove(account.id().value(), Channel.EMAIL);
        } else if (email.enabled()) {
            sendCode(account, Channel.EMAIL, address, newAddress, locale);
        }
        if (number == null || account.verifiedMobile().isPresent()) {
            codes.remove(account.id().value(), Channel.SMS);
        } else if (sms.sendsCodes()) {
            sendCode(account, Channel.SMS, number, newNumber, locale);
        }
        return view(account);
    }

    /** Proves the channel's address by the code sent to it. A wrong try counts even though it is refused. */
    @Transactional(noRollbackFor = ContactRefused.class)
    public ContactView verify(AccountId id, Channel channel, String code) {
        var owner = account(id).id().value();
        var outstanding =
                codes.lock(owner, channel).orElseThrow(() -> new ContactRefused(Reason.CONTACT_NO_CODE, channel));
        if (outstanding.tries() >= MAX_TRIES) {
            throw new ContactRefused(Reason.CONTACT_CODE_TRIES_EXHAUSTED, channel);
        }
        if (!clock.instant().isBefore(outstanding.expiresAt())) {
            throw new ContactRefused(Reason.CONTACT_CODE_EXPIRED, channel);
        }
        if (!code.matches("\\d{6}") || !hashes.matches(code, outstanding.codeHash())) {
            codes.countTry(owner, channel);
            throw new ContactRefused(
                    outstanding.tries() + 1 >= MAX_TRIES
                            ? Reason.CONTACT_CODE_TRIES_EXHAUSTED
                            : Reason.CONTACT_CODE_WRONG,
                    channel);
        }
        var proved = switch (channel) {
            case EMAIL -> contacts.verifyEmail(id, outstanding.address());
            case SMS -> contacts.verifyMobile(id, outstanding.address());
        };
        codes.remove(owner, channel);
        if (!proved) {
            // The address changed after the code was sent (which removes the code): nothing left to prove.
            throw new ContactRefused(Reason.CONTACT_NO_CODE, channel);
        }
        return view(account(id));
    }

    /**
     * Sends a new code unless one went out less than a minute ago: then a new address is refused, and an unchanged
     * one (saved again, with the other field changed, say) keeps the code on its way.
     */
    private void sendCode(AccountView account, Channel channel, String address, boolean newAddress, Locale locale) {
        var owner = account.id().value();
        var now = clock.instant();
        var previous = codes.lock(owner, channel);
        if (previous.isPresent() && now.isBefore(previous.get().sentAt().plus(RESEND_AFTER))) {
            if (newAddress) {
                throw new ContactRefused(Reason.CONTACT_CODE_TOO_SOON, channel);
            }
            return;
        }
        var code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        codes.replace(owner, channel, address, hashes.encode(code), now, now.plus(CODE_LIFE));
        var outcome = switch (channel) {
            case EMAIL -> {
                try {
                    email.sendCode(address, code, locale);
                    yield new SendOutcome.Sent();
                } catch (Exception failure) {
                    yield new SendOutcome.Unavailable(failure.getClass().getSimpleName());
                }
            }
            case SMS -> sms.sendCode("verify-%d-%d".formatted(owner, now.toEpochMilli()), address, code, locale);
        };
        if (!(outcome instanceof SendOutcome.Sent)) {
            log.warn("Verification code for account {} not sent by {}: {}", owner, channel, outcome);
            throw new ContactRefused(Reason.CONTACT_CODE_NOT_SENT, channel);
        }
    }

    private ContactView view(AccountView account) {
        return new ContactView(
                account.email(),
                account.verifiedEmail().isPresent(),
                account.phone() == null ? null : account.phone().value(),
                account.verifiedMobile().isPresent(),
                email.enabled(),
                sms.sendsCodes());
    }

    private AccountView account(AccountId id) {
        return accounts.find(id).orElseThrow(() -> new IllegalStateException("No account " + id));
    }

    /** The address, or null when none is given; refused if it is no email address. */
    private static @Nullable String email(@Nullable String given) {
        var address = blankToNull(given);
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new ContactRefused(Reason.CONTACT_INVALID_EMAIL, Channel.EMAIL);
        }
        return address;
    }

    /** The number written 010-1234-5678, or null when none is given; refused if it is no Korean mobile number. */
    private static @Nullable String mobile(@Nullable String given) {
        var value = blankToNull(given);
        if (value == null) {
            return null;
        }
        var digits = value.replaceAll("[\\s-]", "");
        var matcher = MOBILE.matcher(digits);
        if (!matcher.matches()) {
            throw new ContactRefused(Reason.CONTACT_INVALID_MOBILE, Channel.SMS);
        }
        return digits.substring(0, 3) + "-" + matcher.group(1) + "-" + matcher.group(2);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
