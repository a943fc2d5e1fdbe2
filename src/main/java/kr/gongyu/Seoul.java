package kr.gongyu;

import java.time.ZoneId;

/** Gongyu's one time zone: every local date and time of a resource is in Asia/Seoul. */
public final class Seoul {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private Seoul() {}
}
