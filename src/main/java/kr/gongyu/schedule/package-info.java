/** Opening rules, closures, Korean public holidays and the slot calculation: given a resource and a window, what is open. Arrives with the availability issue. */
@ApplicationModule(displayName = "Schedule")
@NullMarked
package kr.gongyu.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
