package kr.gongyu.institution;

import java.time.LocalDate;
import java.util.Set;

/**
 * An agreement was ended early: from the day after {@code lastDay} its sites take no bookings, and the bookings
 * already made for those days are kept or cancelled as the agreement says.
 */
public record SharingAgreementEnded(long agreement, Set<Long> sites, LocalDate lastDay, WhenAgreementEnds onEnd) {}
