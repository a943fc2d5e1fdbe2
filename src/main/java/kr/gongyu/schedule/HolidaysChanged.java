package kr.gongyu.schedule;

import java.time.LocalDate;

/** A holiday was added or removed: the free time of any resource on that date may differ. */
public record HolidaysChanged(LocalDate date) {}
