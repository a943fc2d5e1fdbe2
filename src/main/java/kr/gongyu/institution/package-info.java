/** Institutions of the four kinds, the administrative regions they belong to, and (to come) partner agreements and volunteer rosters. */
@ApplicationModule(displayName = "Institutions")
@NullMarked
package kr.gongyu.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
