/** Sites and the resources they open (spaces, pooled units, items), with what a citizen needs to choose one. */
@ApplicationModule(displayName = "Catalogue")
@NullMarked
package kr.gongyu.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
