package org.bulletincms.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, under the same names, for an OpenSearch index. They use only what
 * every OpenSearch has built in (the {@code standard} tokenizer, the {@code lowercase} and {@code stop} filters),
 * because the smallest distribution lacks the {@code analysis-common} module and with it {@code cjk_bigram},
 * {@code cjk_width} and every stemmer.
 *
 * <ul>
 *   <li>{@value SearchAnalysis#CHINESE}: the standard tokenizer cuts Chinese into single characters, and the queries
 *       ask for every run of Chinese characters as a phrase ({@link PlainQuery#chineseRunsAsPhrases}), so
 *       {@code 绿色公共采购} is found where those characters stand in that order, and not where they are
 *       scattered. Full-width Latin letters are not folded to ASCII (no {@code cjk_width}).</li>
 *   <li>{@value SearchAnalysis#ENGLISH}: lower-cased words without English stop words, not stemmed
 *       ({@code procurement} does not find {@code procure}).</li>
 * </ul>
 *
 * Changing an analyzer changes the index's schema: Hibernate Search then refuses to start against an index made
 * with the old one (it validates, never drops), and the index must be built again (docs/search.md).
 */
public class SearchAnalysisForOpenSearch implements ElasticsearchAnalysisConfigurer {

    static final String ENGLISH_STOP_WORDS = "english_stop_words";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalysis.CHINESE).custom().tokenizer("standard").tokenFilters("lowercase");
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", ENGLISH_STOP_WORDS);
        context.tokenFilter(ENGLISH_STOP_WORDS).type("stop").param("stopwords", "_english_");
    }
}
