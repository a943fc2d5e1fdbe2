package kr.gongyu.notification;

/**
 * The channels one kind of message goes out on for an account. In-app is always on: every message is kept in the
 * list, so nothing transactional can be turned off entirely. Email and SMS reach only verified addresses.
 */
public record ChannelChoice(boolean email, boolean sms) {

    /** Every channel: what an account that chose nothing gets. */
    public static final ChannelChoice ALL = new ChannelChoice(true, true);
}
