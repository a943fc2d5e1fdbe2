/** Institutions of the four kinds, the administrative regions they belong to, and the sharing agreements that let private partners open their sites. */
@ApplicationModule(displayName = "Institutions")
@NullMarked
package kr.gongyu.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
