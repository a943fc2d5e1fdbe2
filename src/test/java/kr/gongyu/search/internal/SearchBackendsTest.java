package kr.gongyu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.search.ResourceSearch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search mapping and its Korean analysis on both backends, each started as configured
 * ({@code application.yml}, and {@code application-elasticsearch.yml} over it) but without a server: Lucene's
 * analyzers are run on words, and the index that Elasticsearch or OpenSearch would be asked to create is
 * checked against them.
 */
class SearchBackendsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:?([^}]*)}");

    @Test
    void onLuceneCompoundsAreFoundByTheirPartsAndNothingElse() {
        try (var search =
                start(configured("application.yml"), Map.of("hibernate.search.backend.directory.type", "local-heap"))) {
            var backend = Search.mapping(search).backend().unwrap(LuceneBackend.class);
            var index = backend.analyzer(KoreanAnalysis.INDEX).orElseThrow();
            var query = backend.analyzer(KoreanAnalysis.QUERY).orElseThrow();

            // Compounds are indexed whole and in their parts down to the stem, which a query keeps.
            assertThat(words(index, "소회의실")).contains("소회의실", "회의", "실");
            assertThat(words(index, "다목적회의실")).contains("다목적회의실", "회의");
            assertThat(words(index, "테니스장")).contains("테니스장", "테니스");
            assertThat(words(index, "공영주차장")).contains("주차");
            assertThat(words(query, "회의실")).containsExactly("회의", "실");
            assertThat(words(query, "테니스")).containsExactly("테니스");
            assertThat(words(index, "공영주차장")).doesNotContain("공연");
            assertThat(words(query, "수원의 체육관에서")).containsExactly("수원", "체육", "관");
            assertThat(words(query, "Seminar Room 3")).containsExactly("seminar", "room", "3");
        }
    }

    @Test
    void onElasticsearchTheSameAnalyzersAreDefinedForEveryTextField(@TempDir Path schema) throws IOException {
        var settings = configured("application.yml", "application-elasticsearch.yml");
        try (var search = start(
                settings,
                Map.of(
                        // Offline: what a server of this version would be asked, without asking one.
                        "hibernate.search.backend.version", "9.1",
                        "hibernate.search.backend.version_check.enabled", "false",
                        "hibernate.search.schema_management.strategy", "none"))) {
            Search.mapping(search).scope(Object.class).schemaManager().exportExpectedSchema(schema);
        }
        JsonNode index;
        try (var files = Files.walk(schema)) {
            var created = files.filter(file -> file.endsWith("create-index.json"))
                    .findFirst()
                    .orElseThrow();
            index = JsonMapper.shared().readTree(created.toFile());
        }
        var analysis = index.at("/settings/analysis");
        var properties = index.at("/mappings/properties");

        for (var field :
                List.of("name", "categoryLabel", "categoryLabelEn", "institutionName", "siteName", "address")) {
            assertThat(properties.at("/" + field + "/analyzer").asString())
                    .as(field)
                    .isEqualTo(KoreanAnalysis.INDEX);
            assertThat(properties.at("/" + field + "/search_analyzer").asString())
                    .as(field)
                    .isEqualTo(KoreanAnalysis.QUERY);
        }
        assertThat(properties.at("/name_exact/normalizer").asString()).isEqualTo(KoreanAnalysis.EXACT);
        assertThat(properties.at("/location/type").asString()).isEqualTo("geo_point");

        for (var analyzer : Map.of(KoreanAnalysis.INDEX, "mixed", KoreanAnalysis.QUERY, "discard")
                .entrySet()) {
            var definition = analysis.at("/analyzer/" + analyzer.getKey());
            var tokenizer =
                    analysis.at("/tokenizer/" + definition.at("/tokenizer").asString());
            assertThat(tokenizer.at("/type").asString()).isEqualTo("nori_tokenizer");
            assertThat(tokenizer.at("/decompound_mode").asString()).isEqualTo(analyzer.getValue());
            assertThat(strings(tokenizer.at("/user_dictionary_rules")))
                    .contains("소회의실 소 회의 실", "테니스장 테니스 장", "수원")
                    .hasSize(KoreanAnalysisOnElasticsearch.lines(KoreanAnalysis.USER_DICTIONARY).length);
            assertThat(strings(definition.at("/filter")))
                    .containsExactly(
                            "nori_part_of_speech", "korean_particles", "nori_readingform", "lowercase", "asciifolding");
        }
        assertThat(strings(analysis.at("/filter/korean_particles/stopwords"))).contains("의", "에서");
        assertThat(strings(analysis.at("/normalizer/" + KoreanAnalysis.EXACT + "/filter")))
                .containsExactly("lowercase");
        assertThat(index.at("/settings/max_result_window").asInt())
                .as("the availability filter's candidates fit in one request")
                .isGreaterThanOrEqualTo(ResourceSearch.MAX_WINDOW_CANDIDATES);
    }

    private static SessionFactory start(Map<String, String> configured, Map<String, String> overrides) {
        var settings = new HashMap<String, Object>(configured);
        settings.putAll(overrides);
        settings.put("jakarta.persistence.jdbc.url", "jdbc:h2:mem:search-backends");
        settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        var registry =
                new StandardServiceRegistryBuilder().applySettings(settings).build();
        return new MetadataSources(registry)
                .addAnnotatedClass(IndexedResource.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /**
     * The Hibernate Search properties as Spring would pass them to Hibernate, later files over earlier ones,
     * each placeholder at its default.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> configured(String... files) {
        var properties = new HashMap<String, String>();
        for (var file : files) {
            try (InputStream in = SearchBackendsTest.class.getClassLoader().getResourceAsStream(file)) {
                Map<String, Object> yaml = new Yaml().load(in);
                var jpa = (Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("jpa");
                ((Map<String, Object>) jpa.get("properties")).forEach((key, value) -> {
                    if (key.startsWith("hibernate.search.")) {
                        properties.put(
                                key, PLACEHOLDER.matcher(String.valueOf(value)).replaceAll("$1"));
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return properties;
    }

    private static List<String> words(Analyzer analyzer, String text) {
        var words = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return words;
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(node -> strings.add(node.asString()));
        return strings;
    }
}
