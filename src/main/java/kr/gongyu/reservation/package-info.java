/** The booking lifecycle, holds, eligibility, quotas, refunds and the no-double-booking invariant. Arrives with the reservation issue. */
@ApplicationModule(displayName = "Reservations")
@NullMarked
package kr.gongyu.reservation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
