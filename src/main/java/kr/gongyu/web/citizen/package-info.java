/** The citizen pages: search, resources and booking, lotteries, volunteering, payments, log-in, and the /my pages. */
@NullMarked
package kr.gongyu.web.citizen;

import org.jspecify.annotations.NullMarked;
