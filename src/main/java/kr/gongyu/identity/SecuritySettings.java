package kr.gongyu.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.security.*}.
 *
 * @param tokenSecret the HMAC key that signs access tokens, at least 32 characters; every node of one platform
 *     needs the same. Unset, each start makes a random one, and tokens die with the process.
 * @param tokenLifetime how long an access token is good for
 * @param tokenRequestsPerMinute how many log-in requests (token or form) one client address may make a minute
 * @param slowDown how long every attempt at a username waits once it failed too often from all addresses together
 */
@ConfigurationProperties("gongyu.security")
public record SecuritySettings(
        @Nullable String tokenSecret,
        @DefaultValue("PT1H") Duration tokenLifetime,
        @DefaultValue("60") int tokenRequestsPerMinute,
        @DefaultValue("PT1S") Duration slowDown) {}
