/**
 * Import of the national standard data format for opened public facilities (전국공공시설개방정보표준데이터): a CSV
 * in UTF-8 or CP949 becomes sites, resources and their opening rules, as a background job that reports every
 * row it refuses or fixes.
 *
 * <h2>Whole file, then each row</h2>
 * A file that is not a CSV of the standard (not text, empty, no data rows, a broken quote, or a header without the
 * standard's required columns) is refused at once and nothing is stored. Otherwise the import is stored with its
 * file and a db-scheduler task runs it on one node (and runs it again from the start if that node dies: every
 * write is an upsert by the row's natural key, so a second run changes nothing more). Each row is then imported,
 * fixed with a warning, or rejected with an error naming its column.
 *
 * <h2>Re-import</h2>
 * A row's natural key is its institution, 개방시설명, 개방장소명 and 소재지도로명주소 (whitespace and case
 * folded); its site's key is the same without 개방장소명. The keys map to the site and resource they made, so the
 * same file again updates them, and a repeated row in one file updates what the earlier one made.
 */
@ApplicationModule(displayName = "Imports")
@NullMarked
package kr.gongyu.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
