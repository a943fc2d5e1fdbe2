/** The search read model and index, with the availability filter. Arrives with the search issue. */
@ApplicationModule(displayName = "Search")
@NullMarked
package kr.gongyu.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
