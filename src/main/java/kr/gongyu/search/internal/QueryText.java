package kr.gongyu.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a search text asks for: the places it names, as a filter on the region, and the words to look for, each
 * with what the thesaurus adds to it. "수영구 회의실" is meeting rooms in 수영구; "수영" alone, or "수영 강습", is
 * swimming (a word the thesaurus knows is never a place by its short name); "Suwon meeting room" is meeting rooms in
 * 수원시. A place's full name ("수원시", "Suwon") is always a place; its short name ("수원") only beside other words.
 * Everything here is hash look-ups over the words of the query.
 */
@Component
public class QueryText {

    /**
     * The text as the index is asked: every word must match (as a phrase of its parts, in one field), or one of
     * its alternatives; within the regions when any are named.
     *
     * @param words for each word of the text, the word and its alternatives
     * @param regions code prefixes of the regions named, any of which matches; empty when no place is named
     */
    public record Parsed(List<List<String>> words, Set<String> regions) {

        /** The words as a simple query string: each a quoted phrase, alternatives between | in parentheses. */
        public @Nullable String queryString() {
            if (words.isEmpty()) {
                return null;
            }
            return words.stream()
                    .map(alternatives -> alternatives.size() == 1
                            ? quoted(alternatives.getFirst())
                            : alternatives.stream().map(QueryText::quoted).collect(Collectors.joining(" | ", "(", ")")))
                    .collect(Collectors.joining(" "));
        }
    }

    private final Places places;
    private final Thesaurus thesaurus;

    QueryText(Places places, Thesaurus thesaurus) {
        this.places = places;
        this.thesaurus = thesaurus;
    }

    /** The text's words (already bounded and split at spaces) read as places and words. */
    public Parsed parse(List<String> text) {
        var tokens = text.stream()
                .map(word -> word.replace("\"", ""))
                .filter(word -> !word.isEmpty())
                .toList();
        var words = new ArrayList<List<String>>();
        var named = new ArrayList<Set<String>>();
        for (int i = 0; i < tokens.size(); i++) {
            var word = tokens.get(i);
            var pair = i + 1 < tokens.size() ? word + " " + tokens.get(i + 1) : null;
            if (pair != null && !places.named(pair).isEmpty()) {
                named.add(places.named(pair));
                i++;
            } else if (pair != null && thesaurus.knows(pair)) {
                words.add(alternatives(pair));
                i++;
            } else if (!places.named(word).isEmpty()) {
                named.add(places.named(word));
            } else if (tokens.size() > 1
                    && !thesaurus.knows(word)
                    && !places.shortNamed(word).isEmpty()) {
                named.add(places.shortNamed(word));
            } else {
                words.add(alternatives(word));
            }
        }
        return new Parsed(List.copyOf(words), regions(named));
    }

    private List<String> alternatives(String word) {
        var all = new LinkedHashSet<String>();
        all.add(word);
        all.addAll(thesaurus.alternatives(word));
        return List.copyOf(all);
    }

    /**
     * The regions that every place named contains ("부산 중구" is Busan's 중구, not Seoul's), or, for places that
     * do not overlap ("서울 부산"), any of them.
     */
    static Set<String> regions(List<Set<String>> named) {
        if (named.isEmpty()) {
            return Set.of();
        }
        var all = named.stream().flatMap(Set::stream).collect(Collectors.toSet());
        var within = new HashSet<String>();
        for (var prefix : all) {
            if (named.stream().allMatch(set -> set.stream().anyMatch(prefix::startsWith))) {
                within.add(prefix);
            }
        }
        return Set.copyOf(within.isEmpty() ? all : within);
    }

    private static String quoted(String word) {
        return '"' + word + '"';
    }
}
