package org.bulletincms.actor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the Keycloak subject (what is stored and compared: it is never given to anyone else), the user
 * name they have now (for messages only: an administrator may give it to someone else later), and the realm roles
 * the token carries. Work nobody asks for at that moment (a scheduled publication) is done by the {@link
 * #system(String, Set) system}, on behalf of the person who asked for it earlier.
 *
 * @param onBehalfOf for the system, the subject of the person it acts for
 */
public record Actor(String subject, String username, Set<Role> roles, Optional<String> onBehalfOf) {

    /** The subject and user name of the system, as stored and as the audit log shows it. */
    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A person acting for themselves. */
    public Actor(String subject, String username, Set<Role> roles) {
        this(subject, username, roles, Optional.empty());
    }

    /**
     * The system doing what {@code person} asked for earlier, with the roles that person is known to have now: it
     * may do no more than they may.
     */
    public static Actor system(String person, Set<Role> rolesOfPerson) {
        return new Actor(SYSTEM, SYSTEM, rolesOfPerson, Optional.of(person));
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
