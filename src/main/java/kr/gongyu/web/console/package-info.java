/**
 * The institution console (/console): each page acts for the signed-in staff member's institution
 * ({@link kr.gongyu.http.StaffScope}) and is written to the audit log.
 */
@NullMarked
package kr.gongyu.web.console;

import org.jspecify.annotations.NullMarked;
