package org.bulletincms.actor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the Keycloak subject (what is stored and compared: it is never given to anyone else), the user
 * name they have now (for messages only: an administrator may give it to someone else later), and the realm roles
 * the token carries.
 */
public record Actor(String subject, String username, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Holds the role, or is an admin (who may do everything). */
    public boolean may(Role role) {
        return isAdmin() || roles.contains(role);
    }

    public boolean mayAnyOf(Set<Role> allowed) {
        return isAdmin() || allowed.stream().anyMatch(roles::contains);
    }
}
