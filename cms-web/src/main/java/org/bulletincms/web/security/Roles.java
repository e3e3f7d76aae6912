package org.bulletincms.web.security;

import java.util.List;

/** The realm roles of the cms realm, as names usable in {@code @RolesAllowed}. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String TRANSLATOR = "translator";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(EDITOR, TRANSLATOR, APPROVER, ADMIN);

    private Roles() {}
}
