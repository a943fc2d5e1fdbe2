package kr.gongyu.schedule;

import java.time.Instant;

/**
 * A bookable slot and how many units of the resource are still free in it (0 or 1 for a space). Its times are
 * instants, as everywhere inside the domain; they are shown in Seoul's time only at the edge (pages, API).
 */
public record Slot(Instant start, Instant end, int remaining) {}
