package kr.gongyu.schedule;

import kr.gongyu.catalog.ResourceId;

/**
 * A staffed volunteer shift is no more (cancelled, or a volunteer withdrew): the resource's volunteer-only windows
 * in that time are closed again, and whoever booked them must be told.
 */
public record VolunteerShiftCancelled(ResourceId resource, Interval time) {}
