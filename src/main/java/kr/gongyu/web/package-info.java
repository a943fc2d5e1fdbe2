/** Citizen pages and the institution console (Thymeleaf on KRDS). Arrive with the web issues. */
@ApplicationModule(displayName = "Web pages")
@NullMarked
package kr.gongyu.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
