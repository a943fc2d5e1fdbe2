package kr.gongyu.listing;

import kr.gongyu.catalog.ResourceDraft;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.reservation.BookingPolicy;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * A resource's listing as its staff wrote it: the catalogue's entry and what staff wrote there, the opening rules
 * (none yet for a resource made by an import) and the booking policy.
 */
public record ResourceSettingsView(
        ResourceEntryView resource,
        ResourceDraft draft,
        @Nullable OpeningRulesSpec openingRules,
        BookingPolicy policy) {}
