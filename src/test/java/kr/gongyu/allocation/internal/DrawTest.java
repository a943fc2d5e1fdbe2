package kr.gongyu.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.allocation.internal.Draw.Entry;
import kr.gongyu.allocation.internal.Draw.Ranked;
import org.junit.jupiter.api.Test;

class DrawTest {

    private static final String SECRET = "00".repeat(32);
    private static final Instant NINE = Instant.parse("2026-12-12T00:00:00Z");
    private static final SlotTime A = new SlotTime(NINE, NINE.plusSeconds(3600));
    private static final SlotTime B = new SlotTime(NINE.plusSeconds(3600), NINE.plusSeconds(7200));

    @Test
    void commitsToTheSecretBySha256() {
        assertThat(Draw.commitment(new byte[32]))
                .isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
    }

    @Test
    void hashesThePublicIdsSortedAndJoinedByNewlines() {
        assertThat(Draw.listHash(List.of("b", "a"))).isEqualTo(Draw.sha256("a\nb"));
    }

    @Test
    void ranksByTheHashOfSeedAndPublicIdWithTheSeedFromSecretAndListHash() {
        var entries = List.of(entry("x", null, A), entry("y", null, A), entry("z", null, A));
        var seed = Draw.sha256(SECRET + ":" + Draw.sha256("x\ny\nz"));

        var ranked = Draw.draw(SECRET, List.of(A), List.of(), entries);

        assertThat(ranked).extracting(Ranked::rankKey).isSorted();
        assertThat(ranked)
                .allSatisfy(one -> assertThat(one.rankKey())
                        .isEqualTo(Draw.sha256(seed + ":" + one.entry().publicId())));
        assertThat(ranked).extracting(Ranked::won).containsExactly(A, null, null);
    }

    @Test
    void givesEachTheFirstOfItsChoicesStillFree() {
        var entries = List.of(entry("p", null, A, B), entry("q", null, A, B), entry("r", null, A, B));

        var ranked = Draw.draw(SECRET, List.of(A, B), List.of(), entries);

        assertThat(ranked).extracting(Ranked::won).containsExactly(A, B, null);
    }

    @Test
    void servesAPoolFirstUpToTheFloorOfItsShareOfTheSlots() {
        // Whatever its rank, the one pool member wins: the pool's floor(0.5 × 2) = 1 place is served first.
        var entries = new ArrayList<Entry>();
        IntStream.range(0, 20).forEach(n -> entries.add(entry("general-" + n, null, A, B)));
        entries.add(entry("member", PriorityPool.DISABLED, A, B));
        var pools = List.of(new PoolShare(PriorityPool.DISABLED, new BigDecimal("0.5")));

        var ranked = Draw.draw(SECRET, List.of(A, B), pools, entries);

        assertThat(winner(ranked, "member")).isEqualTo(A);
        assertThat(ranked.stream().filter(one -> one.won() != null)).hasSize(2);
    }

    @Test
    void aShareBelowOneSlotReservesNothing() {
        var entries = new ArrayList<Entry>();
        IntStream.range(0, 20).forEach(n -> entries.add(entry("general-" + n, null, A)));
        entries.add(entry("member", PriorityPool.DISABLED, A));
        var pools = List.of(new PoolShare(PriorityPool.DISABLED, new BigDecimal("0.4")));

        var ranked = Draw.draw(SECRET, List.of(A), pools, entries);

        // floor(0.4 × 1) = 0: the member competes in rank order with everyone.
        assertThat(ranked.getFirst().won()).isEqualTo(A);
        assertThat(winner(ranked, "member"))
                .isEqualTo(ranked.getFirst().entry().publicId().equals("member") ? A : null);
    }

    @Test
    void theResultDependsOnlyOnTheDataNotOnTheOrderItIsRead() {
        var entries = IntStream.range(0, 50)
                .mapToObj(n -> entry("id-" + n, n % 5 == 0 ? PriorityPool.MULTI_CHILD : null, A, B))
                .toList();
        var pools = List.of(new PoolShare(PriorityPool.MULTI_CHILD, new BigDecimal("0.5")));

        var once = Draw.draw(SECRET, List.of(A, B), pools, entries);
        var again = Draw.draw(SECRET, List.of(B, A), pools, entries.reversed());

        assertThat(again).isEqualTo(once);
        assertThat(Draw.draw("11".repeat(32), List.of(A, B), pools, entries)).isNotEqualTo(once);
    }

    private static Entry entry(String publicId, PriorityPool pool, SlotTime... choices) {
        return new Entry(publicId, pool, List.of(choices));
    }

    private static SlotTime winner(List<Ranked> ranked, String publicId) {
        return ranked.stream()
                .filter(one -> one.entry().publicId().equals(publicId))
                .findFirst()
                .orElseThrow()
                .won();
    }
}
