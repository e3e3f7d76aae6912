package org.bulletincms.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request record whose members are all optional and whose request may come without a body at all, read then as
 * {@code {}} (a secret rotation with the default overlap). Without it, a missing body is refused (400).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MayBeEmpty {}
