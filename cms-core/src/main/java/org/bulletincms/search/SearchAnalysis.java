package org.bulletincms.search;

import java.util.Locale;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index, for the Lucene backend (configured as
 * {@code hibernate.search.backend.analysis.configurer} in persistence.xml).
 *
 * <ul>
 *   <li>{@value #CHINESE}: Chinese has no spaces between words, so the text is cut into overlapping pairs of
 *       CJK characters (Lucene's CJKBigramFilter, as in its CJKAnalyzer): 可持续公共 → 可持 持续 续公 公共. A
 *       query matches when all its bigrams occur, which finds any phrase of two or more characters without a
 *       dictionary. Full-width Latin letters and digits are folded to ASCII; Latin words pass through lower-cased.</li>
 *   <li>{@value #ENGLISH}: standard tokenizer, possessives removed, lower-cased, English stop words removed,
 *       Porter stemming (procurement ↔ procure).</li>
 * </ul>
 *
 * Only factory names are used, so this class needs no Lucene type. A shared OpenSearch index defines analyzers of
 * the same names in {@link SearchAnalysisForOpenSearch} (see docs/search.md).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String ENGLISH = "english";

    /** The analyzer family of a text written in {@code locale}: {@code zh} for Chinese, {@code en} for any other. */
    public static String languageOf(String locale) {
        String language = locale.toLowerCase(Locale.ROOT);
        return language.equals("zh") || language.startsWith("zh-") ? "zh" : "en";
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE)
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram");
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
