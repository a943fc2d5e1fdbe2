/**
 * Citizen pages and the institution console (Thymeleaf on KRDS). The pages themselves are in {@code citizen} (public
 * and {@code /my} pages) and {@code console} ({@code /console} pages); this package holds what both use: security,
 * errors, language, the page model, form errors, pagination and formats.
 */
@ApplicationModule(displayName = "Web pages")
@NullMarked
package kr.gongyu.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
