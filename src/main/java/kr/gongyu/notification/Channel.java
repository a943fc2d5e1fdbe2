package kr.gongyu.notification;

/** A way a message leaves the site beyond the in-app list, to an address the account verified. */
public enum Channel {
    EMAIL,
    SMS
}
