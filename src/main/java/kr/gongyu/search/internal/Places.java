package kr.gongyu.search.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The words that name a region, in Korean and in English: the 17 시·도 and 226 시·군·구 of the catalogue's regions,
 * each by its full name ("수원시", "Suwon-si", "경기도", "Gyeonggi-do"), its name without the 시·군·구·도 ("수원",
 * "Suwon", "경기", "Gyeonggi") and, for the 도 and 광역시, the abbreviation people write ("충북", "Chungbuk"). A
 * word gives the code prefixes of every region it may name: "중구" is six districts, "광주" a city and a
 * metropolitan city. Built once from the region table (243 rows that change by law); a look-up is a hash.
 */
@Component
public class Places {

    /** Abbreviations of the 도 in English that their names do not give. */
    private static final Map<String, String> ENGLISH_ABBREVIATIONS =
            Map.of("chungbuk", "43", "chungnam", "44", "jeonnam", "46", "gyeongbuk", "47", "gyeongnam", "48");

    /** Particles that may end a place word ("수원에서", "수원의"). */
    private static final List<String> PARTICLES = List.of("에서", "의", "에");

    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, Set<String>> shortNames = new HashMap<>();

    @Autowired
    Places(Regions regions) {
        this(regions.all());
    }

    Places(List<Region> regions) {
        for (var region : regions) {
            var prefix = prefix(region);
            var name = region.name();
            put(names, name, prefix);
            var english = region.nameEn().toLowerCase(Locale.ROOT);
            put(names, english, prefix);
            put(names, english.replace("-", "").replace(" ", ""), prefix);
            var bare = bare(name);
            if (bare != null) {
                put(shortNames, bare, prefix);
                var bareEnglish = english.replaceAll("(-si|-gun|-gu|-do| state)$", "");
                if (!bareEnglish.equals(english)) {
                    put(names, bareEnglish, prefix);
                }
            }
            if (region.isProvince() && name.matches("..[남북]도")) {
                put(shortNames, "" + name.charAt(0) + name.charAt(2), prefix);
            }
        }
        ENGLISH_ABBREVIATIONS.forEach((word, prefix) -> put(names, word, prefix));
    }

    /**
     * The code prefixes of the regions the word names for certain (a full name, or any English name), or an empty
     * set.
     */
    public Set<String> named(String word) {
        return lookUp(names, word);
    }

    /**
     * The code prefixes of the regions the word names by their short name ("수원", "수영", "충북"), which may also be
     * a word of another sense ("수영" is swimming), or an empty set.
     */
    public Set<String> shortNamed(String word) {
        return lookUp(shortNames, word);
    }

    private static Set<String> lookUp(Map<String, Set<String>> map, String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        var found = map.get(lower);
        if (found != null) {
            return found;
        }
        for (var particle : PARTICLES) {
            if (lower.length() > particle.length() + 1 && lower.endsWith(particle)) {
                found = map.get(lower.substring(0, lower.length() - particle.length()));
                if (found != null) {
                    return found;
                }
            }
        }
        return Set.of();
    }

    /** The prefix of the codes within the region: "41" for 경기도, "41110" for 수원시, "36" for 세종. */
    private static String prefix(Region region) {
        return region.isProvince()
                ? region.code().value().substring(0, 2)
                : region.code().value();
    }

    /**
     * The name without its 시·군·구 or 도 ("수원", "경기", "서울", "강원"), or null when too little would be left
     * ("중구" is not "중").
     */
    private static String bare(String name) {
        var bare = name.replaceAll("(특별자치시|특별자치도|특별시|광역시|도|시|군|구)$", "");
        return bare.length() >= 2 && !bare.equals(name) ? bare : null;
    }

    private static void put(Map<String, Set<String>> map, String word, String prefix) {
        map.computeIfAbsent(word, key -> new HashSet<>()).add(prefix);
    }
}
