/**
 * What the API and the pages share of HTTP, below both and above nothing: binding request parameters to records
 * ({@link kr.gongyu.http.QueryRecord}).
 */
@ApplicationModule(displayName = "HTTP")
@NullMarked
package kr.gongyu.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
