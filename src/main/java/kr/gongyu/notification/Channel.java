package kr.gongyu.notification;

/** A way a message leaves the site beyond the in-app list, to an address the account verified. */
public enum Channel {
    EMAIL,
    SMS;

    /** The channel of this name ({@code EMAIL}, {@code SMS}), as a request gives it; empty for any other text. */
    public static java.util.Optional<Channel> named(@org.jspecify.annotations.Nullable String name) {
        return java.util.Arrays.stream(values())
                .filter(channel -> channel.name().equals(name))
                .findFirst();
    }
}
