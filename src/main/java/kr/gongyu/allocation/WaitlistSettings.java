package kr.gongyu.allocation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.allocation.waitlist.*}.
 *
 * @param claimWindow how long a freed slot is held for the first in line, never past the resource's booking closing
 *     time
 */
@ConfigurationProperties("gongyu.allocation.waitlist")
public record WaitlistSettings(@DefaultValue("PT24H") Duration claimWindow) {}
