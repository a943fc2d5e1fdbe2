package kr.gongyu.notification;

import org.jspecify.annotations.Nullable;

/**
 * An account's email address and mobile number, each verified or not, and whether a code can be sent to prove one
 * (email needs a mail server; the number, the SMS / 알림톡 channel).
 */
public record ContactView(
        @Nullable String email,
        boolean emailVerified,
        @Nullable String mobile,
        boolean mobileVerified,
        boolean emailVerifiable,
        boolean mobileVerifiable) {}
