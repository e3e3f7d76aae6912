package org.bulletincms.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The members of an answer that a client may send back by mistake with a request record (an id, a version): they are
 * refused like every unknown member, with a message saying the server sets them ({@code field.server-owned}). They
 * are the components of the {@link #answers() answer records} that the request record lacks, and the names in
 * {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServerOwned {

    /** Names the server sets that no answer record lists. */
    String[] value() default {};

    /** The records the server answers with: what they have and the request lacks is the server's. */
    Class<? extends Record>[] answers() default {};
}
