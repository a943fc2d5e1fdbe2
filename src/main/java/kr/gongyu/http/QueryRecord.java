package kr.gongyu.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record of request parameters (a search's filters, a page's number and size), bound by {@link QueryRecordBinding}
 * instead of Spring's constructor binding: the same names, conversions, validation and errors, without reading the
 * record's annotations again on every request.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryRecord {}
