package kr.gongyu.schedule;

import kr.gongyu.catalog.ResourceId;

/** A resource's opening rules, internal-use blocks or volunteer shifts changed: its free time may differ. */
public record ScheduleChanged(ResourceId resource) {}
