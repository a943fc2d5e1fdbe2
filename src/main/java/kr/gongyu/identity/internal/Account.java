package kr.gongyu.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.PersonName;
import kr.gongyu.identity.PhoneNumber;
import kr.gongyu.identity.Role;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/** Someone who logs in: a citizen, an organisation's representative, staff, partner staff or an operator. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    private @Nullable String phone;

    @Column(name = "phone_verified")
    private boolean phoneVerified;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "institution_id")
    private @Nullable Long institutionId;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "residence_region_code")
    private @Nullable String residenceRegionCode;

    @Column(name = "created_at")
    private Instant createdAt;

    private @Nullable String email;

    @Column(name = "email_verified")
    private boolean emailVerified;

    /** The language of the account's messages: {@code ko} or {@code en}. */
    private String language = "ko";

    /** Bumped by every change that must end the account's tokens and sessions ({@link kr.gongyu.identity.CredentialVersions}). */
    @Column(name = "credential_version")
    private long credentialVersion;

    private boolean enabled = true;

    @Version
    private long version;

    /** A platform operator, the one kind of account created outside any institution or sign-up. */
    public static Account operator(String username, String passwordHash, String displayName, Instant now) {
        var account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.displayName = displayName;
        account.role = Role.OPERATOR;
        account.createdAt = now;
        return account;
    }

    /** A citizen who signed up, living in the region given (for resources open to residents), if given. */
    public static Account citizen(
            String username,
            String passwordHash,
            String displayName,
            @Nullable String residenceRegionCode,
            Instant now) {
        var account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.displayName = displayName;
        account.role = Role.CITIZEN;
        account.residenceRegionCode = residenceRegionCode;
        account.createdAt = now;
        return account;
    }

    protected Account() {}

    public AccountId id() {
        if (id == null) {
            throw new IllegalStateException("The account has not been saved yet");
        }
        return new AccountId(id);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public PersonName name() {
        return new PersonName(displayName);
    }

    public @Nullable PhoneNumber phone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public Role role() {
        return role;
    }

    /** The institution staff and partner staff act for; null for every other role. */
    public @Nullable InstitutionId institution() {
        return institutionId == null ? null : new InstitutionId(institutionId);
    }

    /** The organisation an organisation account represents; null for every other role. */
    public @Nullable Long organization() {
        return organizationId;
    }

    public @Nullable String residenceRegionCode() {
        return residenceRegionCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The account's email address, verified or not; mail goes only to a {@link #verifiedEmail()}. */
    public @Nullable String email() {
        return email;
    }

    /** The address mail may be sent to: the account's email once verified, else empty. */
    public java.util.Optional<String> verifiedEmail() {
        return emailVerified && email != null ? java.util.Optional.of(email) : java.util.Optional.empty();
    }

    /** The version of its credentials that the account's tokens and sessions must carry to be honoured. */
    public long credentialVersion() {
        return credentialVersion;
    }

    /** Whether the account may log in; an operator disables and enables it. */
    public boolean enabled() {
        return enabled;
    }

    /** A new password: every token and session issued before ends. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        credentialVersion++;
    }

    /** Disables or enables the account: either way its tokens and sessions end. */
    public void enable(boolean enabled) {
        this.enabled = enabled;
        credentialVersion++;
    }

    /**
     * A new role, with the institution or organisation it acts for (the database checks that exactly those roles
     * have one): every token and session issued with the old role ends.
     */
    public void changeRole(Role role, @Nullable InstitutionId institution, @Nullable Long organization) {
        this.role = role;
        this.institutionId = institution == null ? null : institution.value();
        this.organizationId = organization;
        credentialVersion++;
    }

    /** The mobile number text messages may be sent to: the account's phone once verified, else empty. */
    public java.util.Optional<String> verifiedMobile() {
        return phoneVerified && phone != null ? java.util.Optional.of(phone) : java.util.Optional.empty();
    }

    /** A new email address, unverified until its code comes back; null removes it. */
    public void changeEmail(@Nullable String address) {
        if (!java.util.Objects.equals(address, email)) {
            email = address;
            emailVerified = false;
        }
    }

    /** A new mobile number, unverified until its code comes back; null removes it. */
    public void changeMobile(@Nullable String number) {
        if (!java.util.Objects.equals(number, phone)) {
            phone = number;
            phoneVerified = false;
        }
    }

    /** The email address proved the account's by its code; false if the address changed since the code was sent. */
    public boolean verifyEmail(String address) {
        if (!address.equals(email)) {
            return false;
        }
        emailVerified = true;
        return true;
    }

    /** The mobile number proved the account's by its code; false if the number changed since the code was sent. */
    public boolean verifyMobile(String number) {
        if (!number.equals(phone)) {
            return false;
        }
        phoneVerified = true;
        return true;
    }

    /** The language the account's messages are written in. */
    public java.util.Locale language() {
        return java.util.Locale.forLanguageTag(language);
    }

    /** The account as other modules see it: everything but its password. */
    public AccountView view() {
        return new AccountView(
                id(),
                username,
                name(),
                phone(),
                phoneVerified,
                role,
                institution(),
                organizationId,
                residenceRegionCode,
                createdAt,
                email,
                emailVerified,
                language(),
                enabled);
    }

    /** The account as the caller of a request, with the credential version its token or session carries. */
    public Caller caller() {
        return new Caller(id(), username, role, institution(), organizationId, credentialVersion);
    }
}
