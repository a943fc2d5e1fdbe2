package kr.gongyu.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Korean text is cut into words, with Lucene's Nori (the mecab-ko-dic dictionary).
 *
 * <p>Names of places are compounds: "소회의실" is 소 + 회의실, "다목적회의실" is 다목적 + 회의실. The index keeps
 * each compound and its parts ({@code mixed}); a query keeps only the parts ({@code discard}), and every part
 * must match. So "회의실" finds "소회의실" and "다목적회의실", while "공연장" (공연 + 장) does not find
 * "공영주차장" (공영 + 주차 + 장), as a character n-gram would. Particles and endings ("수원의", "체육관에서") are
 * dropped, hanja are read in hangul, and Latin letters are folded to
 * lower case, so that English words and numbers match as typed. A user dictionary of facility words corrects
 * the compounds the stock dictionary cuts wrongly.
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer {

    /** Text as indexed: compounds and their parts. */
    public static final String INDEX = "korean";

    /** Text as searched: the parts only, each of which must match. */
    public static final String QUERY = "korean_query";

    /** Facility words the dictionary cuts wrongly ("소회의실" as 소회 + 의 + 실), with their parts. */
    static final String USER_DICTIONARY = "kr/gongyu/search/internal/facility-words.txt";

    /** Particles left as words at the end of a text, which the part-of-speech filter misses. */
    static final String PARTICLES = "kr/gongyu/search/internal/particles.txt";

    /** A whole value, lower-cased: exact-name matches rank first, and names sort. */
    public static final String EXACT = "exact";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        korean(context, INDEX, "mixed");
        korean(context, QUERY, "discard");
        context.normalizer(EXACT).custom().tokenFilter(LowerCaseFilterFactory.NAME);
    }

    private static void korean(LuceneAnalysisConfigurationContext context, String name, String decompoundMode) {
        context.analyzer(name)
                .custom()
                .tokenizer(KoreanTokenizerFactory.NAME)
                .param("decompoundMode", decompoundMode)
                .param("discardPunctuation", "true")
                .param("userDictionary", USER_DICTIONARY)
                .param("userDictionaryEncoding", "UTF-8")
                .tokenFilter(KoreanPartOfSpeechStopFilterFactory.NAME)
                .tokenFilter(StopFilterFactory.NAME)
                .param("words", PARTICLES)
                .tokenFilter(KoreanReadingFormFilterFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME);
    }
}
