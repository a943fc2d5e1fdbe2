package kr.gongyu.search.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The activity thesaurus ({@code thesaurus.txt}): what people want to do (a sport, an event, a use), in their
 * words, and the facilities that serve it. A query word found here also matches those facilities' words, at query
 * time only: the index does not change when the thesaurus does. A line {@code 결혼식, 웨딩, wedding => 강당, 공연장}
 * reads: each word on the left (one or two words) also finds each word on the right.
 */
@Component
public class Thesaurus {

    static final String FILE = "kr/gongyu/search/internal/thesaurus.txt";

    private final Map<String, List<String>> alternatives;

    @Autowired
    Thesaurus() {
        this(WordLists.lines(FILE));
    }

    /** The thesaurus of these lines. */
    Thesaurus(List<String> lines) {
        alternatives = parse(lines);
    }

    private static Map<String, List<String>> parse(List<String> lines) {
        var parsed = new HashMap<String, LinkedHashSet<String>>();
        lines.forEach(line -> {
            var sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalArgumentException("A line of the thesaurus is words => words: " + line);
            }
            var targets = words(sides[1]);
            for (var word : words(sides[0])) {
                parsed.computeIfAbsent(word, key -> new LinkedHashSet<>()).addAll(targets);
            }
        });
        var result = new HashMap<String, List<String>>();
        parsed.forEach((word, targets) -> result.put(word, List.copyOf(targets)));
        return Map.copyOf(result);
    }

    private static List<String> words(String side) {
        return Arrays.stream(side.split(","))
                .map(word -> word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** What else the word (or two words, space-separated) finds; empty when the thesaurus does not know it. */
    public List<String> alternatives(String words) {
        return alternatives.getOrDefault(words.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean knows(String words) {
        return alternatives.containsKey(words.toLowerCase(Locale.ROOT));
    }
}
