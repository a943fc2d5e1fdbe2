/**
 * What the API and the pages share of HTTP, below both and above the domain's faces: binding request parameters to
 * records ({@link kr.gongyu.http.QueryRecord}) and the audit of console calls ({@link kr.gongyu.http.AuditedCalls}).
 */
@ApplicationModule(displayName = "HTTP")
@NullMarked
package kr.gongyu.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
