package org.bulletincms.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bulletincms.search.PlainQuery;
import org.bulletincms.search.Snippet;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search in the extracted text of source reports, for editors and translators: Chinese by CJK
 * bigrams, English by stems, both on every page because sources mix the two. Best match first.
 */
@ApplicationScoped
public class SourceSearch {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    SourceRepository sources;

    public record Results(long total, List<SourceHit> hits) {}

    @Transactional
    public Results search(String query, int offset, int size) {
        boolean chinese =
                query.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        SearchResult<SourcePage> result = Search.session(em)
                .search(SourcePage.class)
                .where(f -> chinese
                        // the English analyzer would cut Chinese into single characters and match them anywhere
                        ? f.simpleQueryString()
                                .field("text_zh")
                                .matching(PlainQuery.chineseRunsAsPhrases(query))
                                .defaultOperator(BooleanOperator.AND)
                                .flags(PlainQuery.FLAGS)
                        : f.or(
                                f.simpleQueryString()
                                        .field("text_zh")
                                        .matching(PlainQuery.chineseRunsAsPhrases(query))
                                        .defaultOperator(BooleanOperator.AND)
                                        .flags(PlainQuery.FLAGS),
                                f.simpleQueryString()
                                        .field("text_en")
                                        .matching(query)
                                        .defaultOperator(BooleanOperator.AND)
                                        .flags(PlainQuery.FLAGS)))
                .fetch(offset, size);
        List<SourceHit> hits = result.hits().stream()
                .flatMap(page -> sources.find(page.sourceId()).stream()
                        .map(source -> new SourceHit(
                                source.id(),
                                source.filename().value(),
                                source.mediaType(),
                                page.number(),
                                Snippet.of(page.text(), query))))
                .toList();
        return new Results(result.total().hitCount(), hits);
    }
}
