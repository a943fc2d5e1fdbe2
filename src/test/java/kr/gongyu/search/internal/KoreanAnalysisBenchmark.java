package kr.gongyu.search.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Korean analysis of a search query ({@link KoreanAnalysis#QUERY}: Nori, parts only, particles dropped) and of
 * a resource's text as indexed ({@link KoreanAnalysis#INDEX}), with the same chain, parameters and dictionaries as
 * {@link KoreanAnalysis} builds through Hibernate Search, here with Lucene's {@link CustomAnalyzer} so that no
 * Hibernate Search needs to start. Run with {@code bench/jmh.sh}; not a unit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KoreanAnalysisBenchmark {

    private static final String[] QUERIES = {
        "회의실", "수원시 다목적회의실", "체육관에서 배드민턴", "공연장", "주민센터 소회의실 대관", "텃밭", "Tennis 코트 2면"
    };

    private static final String DESCRIPTION =
            "수원시청 별관 3층 대회의실입니다. 최대 40명이 이용할 수 있으며 빔프로젝터와" + " 음향 설비를 갖추었습니다. 평일 야간과 주말에 시민에게 개방하며, 공영주차장은 2시간 무료입니다.";

    private Analyzer query;
    private Analyzer index;
    private int next;

    @Setup
    public void analyzers() throws IOException {
        query = korean("discard");
        index = korean("mixed");
    }

    private static Analyzer korean(String decompoundMode) throws IOException {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(KoreanAnalysis.class.getClassLoader()))
                .withTokenizer(
                        KoreanTokenizerFactory.NAME,
                        "decompoundMode",
                        decompoundMode,
                        "discardPunctuation",
                        "true",
                        "userDictionary",
                        KoreanAnalysis.USER_DICTIONARY,
                        "userDictionaryEncoding",
                        "UTF-8")
                .addTokenFilter(KoreanPartOfSpeechStopFilterFactory.NAME)
                .addTokenFilter(StopFilterFactory.NAME, "words", KoreanAnalysis.PARTICLES)
                .addTokenFilter(KoreanReadingFormFilterFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                .build();
    }

    @Benchmark
    public int query() throws IOException {
        next = (next + 1) % QUERIES.length;
        return terms(query, QUERIES[next]);
    }

    @Benchmark
    public int indexedDescription() throws IOException {
        return terms(index, DESCRIPTION);
    }

    /** The number of terms, consumed as Lucene consumes them, so that the JIT cannot drop the work. */
    private static int terms(Analyzer analyzer, String text) throws IOException {
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            var count = 0;
            while (stream.incrementToken()) {
                count += term.length();
            }
            stream.end();
            return count;
        }
    }
}
