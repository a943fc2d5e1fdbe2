/**
 * A resource's listing as its staff write it: the catalogue entry (catalog), the opening rules (schedule) and the
 * booking policy (reservation), read together and written in one transaction from one typed command
 * ({@link kr.gongyu.listing.EditResource}) by {@link kr.gongyu.listing.ResourceEditing}. It sits above those three
 * modules, which know nothing of it; the API and the console turn what staff typed into the command.
 */
@ApplicationModule(displayName = "Listing")
@NullMarked
package kr.gongyu.listing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
