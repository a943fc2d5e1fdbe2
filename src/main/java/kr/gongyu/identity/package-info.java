/** Accounts, organisations, roles, authentication and the audit log. */
@ApplicationModule(displayName = "Identity")
@NullMarked
package kr.gongyu.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
