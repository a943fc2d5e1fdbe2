package kr.gongyu.allocation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.allocation.SlotTime;
import org.jspecify.annotations.Nullable;

/**
 * The draw of issue 23, to the letter, as a pure function of the public record and the secret: what {@code
 * tools/verify-draw} recomputes. No clock, no randomness of its own.
 */
public final class Draw {

    private Draw() {}

    /** An application as the draw sees it: its public id, its pool if any, its choices in order of preference. */
    public record Entry(String publicId, @Nullable PriorityPool pool, List<SlotTime> choices) {}

    /** An application's place in the draw: its rank key, and the slot it won, if any. */
    public record Ranked(
            Entry entry, String rankKey, @Nullable SlotTime won) {}

    /** {@code hex(SHA-256(secret))}, published when the round is created. */
    public static String commitment(byte[] secret) {
        return sha256(secret);
    }

    /** {@code hex(SHA-256(public ids sorted ascending, joined by "\n"))}, published when the window closes. */
    public static String listHash(List<String> publicIds) {
        return sha256(String.join("\n", publicIds.stream().sorted().toList()));
    }

    public static String seed(String secretHex, String listHash) {
        return sha256(secretHex + ":" + listHash);
    }

    public static String rankKey(String seed, String publicId) {
        return sha256(seed + ":" + publicId);
    }

    /**
     * Ranks the applications by {@code rankKey} ascending and allocates: each pool in its declared order takes up to
     * {@code floor(share × slots)} winners among its members in rank order; then every application not yet served,
     * in rank order. Each receives the first of its choices still free, or nothing.
     */
    public static List<Ranked> draw(
            String secretHex, List<SlotTime> slots, List<PoolShare> pools, List<Entry> entries) {
        var seed =
                seed(secretHex, listHash(entries.stream().map(Entry::publicId).toList()));
        var order = entries.stream()
                .map(entry -> new Ranked(entry, rankKey(seed, entry.publicId()), null))
                .sorted(Comparator.comparing(Ranked::rankKey))
                .toList();
        var free = new HashSet<>(slots);
        var won = new ArrayList<@Nullable SlotTime>();
        order.forEach(ranked -> won.add(null));
        for (var pool : pools) {
            int quota = pool.share()
                    .multiply(BigDecimal.valueOf(slots.size()))
                    .setScale(0, RoundingMode.FLOOR)
                    .intValueExact();
            for (int n = 0; n < order.size() && quota > 0; n++) {
                if (won.get(n) == null && pool.pool() == order.get(n).entry().pool()) {
                    won.set(n, take(free, order.get(n).entry()));
                    if (won.get(n) != null) {
                        quota--;
                    }
                }
            }
        }
        for (int n = 0; n < order.size(); n++) {
            if (won.get(n) == null) {
                won.set(n, take(free, order.get(n).entry()));
            }
        }
        var result = new ArrayList<Ranked>();
        for (int n = 0; n < order.size(); n++) {
            result.add(new Ranked(order.get(n).entry(), order.get(n).rankKey(), won.get(n)));
        }
        return result;
    }

    private static @Nullable SlotTime take(Set<SlotTime> free, Entry entry) {
        for (var choice : entry.choices()) {
            if (free.remove(choice)) {
                return choice;
            }
        }
        return null;
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException notInThisJvm) {
            throw new IllegalStateException(notInThisJvm);
        }
    }
}
