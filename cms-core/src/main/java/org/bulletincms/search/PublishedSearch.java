package org.bulletincms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search over the latest published edition of every issue. Texts are matched with the analyzer
 * of their own language (a Chinese text that an English reader gets as fallback is still searched as
 * Chinese), best match first and, among equals, the newest publication first.
 */
@ApplicationScoped
public class PublishedSearch {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Transactional
    public SearchResults search(SearchRequest request) {
        SearchResult<PublishedText> result = Search.session(em)
                .search(PublishedText.class)
                .where(f -> f.bool().with(b -> {
                    b.must(matching(f, request.text()));
                    request.locale()
                            .ifPresent(l -> b.filter(f.match().field("locale").matching(l.value())));
                    request.publication()
                            .ifPresent(
                                    p -> b.filter(f.match().field("publication").matching(p)));
                }))
                .sort(f -> f.score().then().field("publishedAt").desc())
                .fetch(request.offset(), request.size());
        List<SearchHit> hits = result.hits().stream()
                .map(text -> SearchHit.of(text, Snippet.of(text.body(), request.text())))
                .toList();
        return new SearchResults(request, result.total().hitCount(), hits);
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String text) {
        return f.or(
                f.and(
                        f.match().field("language").matching("zh"),
                        f.simpleQueryString()
                                .field("title_zh")
                                .boost(2f)
                                .field("text_zh")
                                .matching(PlainQuery.chineseRunsAsPhrases(text))
                                .defaultOperator(BooleanOperator.AND)
                                .flags(PlainQuery.FLAGS)),
                f.and(
                        f.not(f.match().field("language").matching("zh")),
                        f.simpleQueryString()
                                .field("title_en")
                                .boost(2f)
                                .field("text_en")
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND)
                                .flags(PlainQuery.FLAGS)));
    }
}
