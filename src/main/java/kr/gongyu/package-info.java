/** Gongyu: one portal where citizens find and book the idle resources that public bodies open. */
@NullMarked
package kr.gongyu;

import org.jspecify.annotations.NullMarked;
