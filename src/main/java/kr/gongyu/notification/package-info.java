/**
 * Telling people about their bookings. Every message is written to the {@code notification} table (the outbox) in
 * the transaction of the change that causes it; the row is the in-app message at once, and a db-scheduler job (one
 * node at a time) sends its email and its SMS / 알림톡 afterwards, each channel retrying with backoff and marking it
 * {@code FAILED} after a number of tries (or at once on a provider's permanent refusal), for operators to see and
 * resend. The SMS provider takes the message's idempotency key, so a text goes out once; email is at least once.
 * Also each booking's calendar invitation (RFC 5545).
 *
 * <p>Only verified addresses receive messages: {@link kr.gongyu.notification.ContactDetails} proves an email
 * address or mobile number by a code sent through its own channel. Each account chooses its channels per kind
 * ({@link kr.gongyu.notification.NotificationPreferences}); in-app is always on.
 *
 * <p>Messages the clock brings (a booking's reminder, a hold's warning) are owed in the same transaction, as rows
 * of {@code notification_due}, and written into the outbox by a second job when due, so a node that was down
 * catches up; the same job writes the staff's hourly digest of requests waiting.
 *
 * <p>{@link kr.gongyu.notification.Notifications} is the module's public face for the API and the pages;
 * {@link kr.gongyu.notification.BookingCalendars} writes a booking's {@code .ics};
 * {@link kr.gongyu.notification.CalendarFeeds} keeps the accounts' feed addresses and writes the feeds.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package kr.gongyu.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
