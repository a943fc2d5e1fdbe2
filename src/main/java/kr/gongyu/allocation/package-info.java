/**
 * Fair allocation of scarce slots: lottery rounds (추첨) with priority pools, whose draw anyone can recompute from
 * the public record alone ({@code tools/verify-draw}).
 *
 * <p>The server commits to a secret when a round is created (its SHA-256 is public from the start), publishes the
 * applications' public ids when the window closes, and draws with a seed derived from both, so neither the server
 * nor an applicant can steer the order once the list is known. The draw is a pure function of stored data, run by a
 * db-scheduler task at the draw instant; a rerun after a crash gives the same winners. Limits: winners are recorded
 * but get no held booking yet (confirmation and the waitlist come later); each slot goes to one winner.
 */
@ApplicationModule(displayName = "Allocation")
@NullMarked
package kr.gongyu.allocation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
