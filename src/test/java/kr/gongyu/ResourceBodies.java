package kr.gongyu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: console bodies for creating resources, in API.md's shape. */
public final class ResourceBodies {

    /** The one closed date of the test rules: far past any booking window, so no test's day falls on it. */
    public static final String CLOSED_DATE = TestClock.today().plusYears(2).toString();

    private ResourceBodies() {}

    /** The body of API.md's example, with a new site of Eumseong (whose counts no test asserts). */
    public static Map<String, Object> meetingRoom(String name) {
        var body = new HashMap<String, Object>();
        body.put(
                "site",
                Map.of(
                        "name", "음성 시험 주민센터",
                        "address", "충청북도 음성군 음성읍 시험로 1",
                        "regionCode", "43770",
                        "lat", 36.94,
                        "lng", 127.69));
        body.put("name", name);
        body.put("category", "회의실");
        body.put("kind", "SPACE");
        body.put("capacity", 20);
        body.put("quantity", 1);
        body.put("confirmation", "INSTANT");
        body.put("free", false);
        body.put("fee", Map.of("amount", 10000, "per", "HOUR"));
        body.put("eligibility", Map.of("type", "EVERYONE", "organizationIds", List.of()));
        body.put("quota", Map.of("maxActivePerUser", 2, "maxPerUserPerMonth", 4));
        body.put(
                "openingRules",
                rules(List.of(
                        Map.of("days", List.of("MON", "TUE", "WED", "THU", "FRI"), "open", "18:00", "close", "22:00"),
                        Map.of("days", List.of("SAT", "SUN"), "open", "09:00", "close", "18:00"))));
        body.put("cancellation", Map.of("refundPercentByDaysBefore", Map.of("7", 100, "3", 90, "1", 70, "0", 0)));
        return body;
    }

    public static Map<String, Object> rules(List<Map<String, Object>> weekly) {
        var rules = new HashMap<String, Object>();
        rules.put("weekly", weekly);
        rules.put("closedOnPublicHolidays", true);
        rules.put("closedDates", List.of(CLOSED_DATE));
        rules.put("slotMinutes", 60);
        rules.put("minSlots", 1);
        rules.put("maxSlots", 4);
        rules.put("bookingOpensDaysAhead", 30);
        rules.put("bookingClosesHoursBefore", 1);
        rules.put("multiDay", false);
        return rules;
    }

    /**
     * A meeting room of Eumseong open every day around the clock in hour slots, on holidays too, with no closed
     * date, taking bookings up to a slot's start and a year ahead, with no quota, and free (a fee would have its
     * bookings wait for a payment): only the rules a test changes in it refuse or hold up a booking.
     */
    public static Map<String, Object> openEveryHour(String name) {
        var body = meetingRoom(name);
        var rules = rules(List.of(Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "open", "00:00", "close", "24:00")));
        rules.put("closedOnPublicHolidays", false);
        rules.put("closedDates", List.of());
        rules.put("bookingOpensDaysAhead", 365);
        rules.put("bookingClosesHoursBefore", 0);
        body.put("openingRules", rules);
        body.put("quota", Map.of());
        body.put("free", true);
        body.remove("fee");
        return body;
    }
}
