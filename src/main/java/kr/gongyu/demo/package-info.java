/** The deterministic demo catalogue at the seed's scale, loaded into an empty database when gongyu.demo is on. */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package kr.gongyu.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
