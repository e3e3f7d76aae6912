package org.bulletincms.web.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.bulletincms.workflow.Actor;
import org.bulletincms.workflow.Role;

/** The caller of a request as the workflow sees them: user name and realm roles from the bearer token. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.code())) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
