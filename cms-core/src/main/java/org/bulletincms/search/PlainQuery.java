package org.bulletincms.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * What a reader's search words may mean: words that must all match, {@code "a phrase"}, and {@code -word} to
 * exclude one. Nothing else is an operator: {@code foo~2} (fuzzy), {@code a*} (prefix), {@code ?}, {@code field:x},
 * {@code |} and parentheses are searched as the words they contain. Fuzzy and prefix queries expand to many terms
 * and cost the server far more than the words do; anonymous callers reach delivery search, so they get the cheap
 * syntax only.
 */
public final class PlainQuery {

    /** The simple-query-string operators readers may use; pass to {@code simpleQueryString().flags(…)}. */
    public static final Set<SimpleQueryFlag> FLAGS = Collections.unmodifiableSet(EnumSet.of(
            SimpleQueryFlag.AND, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE));

    private PlainQuery() {
    }
}
