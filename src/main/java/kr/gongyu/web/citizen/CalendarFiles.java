package kr.gongyu.web.citizen;

import org.springframework.http.MediaType;

/** What the pages' calendar files (.ics) are sent as: a feed and a booking's invitation alike. */
final class CalendarFiles {

    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private CalendarFiles() {}
}
