package org.bulletincms.actor;

import java.util.Locale;

/** The realm roles of the cms realm, as the workflow reasons about them. Admins may do everything. */
public enum Role {
    EDITOR,
    TRANSLATOR,
    APPROVER,
    ADMIN;

    /** The realm role name: {@code editor}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
