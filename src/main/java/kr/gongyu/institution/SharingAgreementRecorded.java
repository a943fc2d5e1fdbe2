package kr.gongyu.institution;

import java.util.Set;

/** A new agreement covers the sites: from its first day their resources take bookings, and only within it. */
public record SharingAgreementRecorded(long agreement, Set<Long> sites) {}
