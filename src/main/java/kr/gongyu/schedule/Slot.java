package kr.gongyu.schedule;

import java.time.ZonedDateTime;

/** A bookable slot and how many units of the resource are still free in it (0 or 1 for a space). */
public record Slot(ZonedDateTime start, ZonedDateTime end, int remaining) {}
