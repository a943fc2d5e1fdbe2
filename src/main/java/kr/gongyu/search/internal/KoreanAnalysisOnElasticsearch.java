package kr.gongyu.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link KoreanAnalysis} for an Elasticsearch or OpenSearch backend: the same analyzers under the same names,
 * made of the server's components (its {@code analysis-nori} plugin). The server cannot read our class path,
 * so the user dictionary and the particles travel inline, as the index's settings.
 */
public class KoreanAnalysisOnElasticsearch implements ElasticsearchAnalysisConfigurer {

    private static final String PARTICLES = "korean_particles";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(PARTICLES).type("stop").param("stopwords", lines(KoreanAnalysis.PARTICLES));
        korean(context, KoreanAnalysis.INDEX, "mixed");
        korean(context, KoreanAnalysis.QUERY, "discard");
        context.normalizer(KoreanAnalysis.EXACT).custom().tokenFilters("lowercase");
    }

    private static void korean(ElasticsearchAnalysisConfigurationContext context, String name, String decompoundMode) {
        var tokenizer = name + "_tokenizer";
        context.tokenizer(tokenizer)
                .type("nori_tokenizer")
                .param("decompound_mode", decompoundMode)
                .param("discard_punctuation", true)
                .param("user_dictionary_rules", lines(KoreanAnalysis.USER_DICTIONARY));
        context.analyzer(name)
                .custom()
                .tokenizer(tokenizer)
                .tokenFilters("nori_part_of_speech", PARTICLES, "nori_readingform", "lowercase", "asciifolding");
    }

    static String[] lines(String resource) {
        return WordLists.lines(resource).toArray(String[]::new);
    }
}
