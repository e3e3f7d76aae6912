package org.bulletincms.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The members of an answer that a client may send back by mistake with a request record (an id, a version): they are
 * refused like every unknown member, with a message saying the server sets them ({@code field.server-owned}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServerOwned {

    String[] value();
}
