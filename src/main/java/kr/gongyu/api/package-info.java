/** The versioned REST API under /api/v1: request and response records, and errors as problem+json with a stable code. */
@ApplicationModule(displayName = "Public API")
@NullMarked
package kr.gongyu.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
