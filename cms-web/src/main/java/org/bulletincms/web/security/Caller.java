package org.bulletincms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.actor.Actor;
import org.bulletincms.actor.Role;
import org.bulletincms.spi.Json;

/**
 * The caller of a request, the one way resources learn who is acting. The principal is the token's subject
 * ({@code sub}, {@code principal-attribute} in WEB-INF/oidc.json): it is what is stored and compared, because
 * Keycloak never gives a subject to anyone else, while an administrator may give a user name to someone else.
 * The user name ({@code preferred_username}) is only for showing the caller to themselves and in messages.
 */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    private String username;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The token's subject. */
    public String subject() {
        return Optional.ofNullable(request.getUserPrincipal())
                .map(Principal::getName)
                .orElseThrow(() -> new IllegalStateException("no one is signed in"));
    }

    /** The user name the token carries; the subject when it carries none. */
    public String username() {
        if (username == null) {
            username = claims().flatMap(claims -> Optional.ofNullable(claims.getJsonString("preferred_username")))
                    .map(name -> name.getString())
                    .orElseGet(this::subject);
        }
        return username;
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(request::isUserInRole).toList();
    }

    /** The caller as the workflow sees them. */
    public Actor actor() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.code())) {
                roles.add(role);
            }
        }
        return new Actor(subject(), username(), roles);
    }

    /**
     * The claims of the bearer token. elytron-oidc-client has checked its signature, issuer, audience and expiry
     * before the request got here (or there would be no principal); the subject is compared once more, so the
     * name is only ever read from the token that signed the caller in.
     */
    private Optional<JsonObject> claims() {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(
                new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            JsonObject claims = reader.readObject();
            return subject().equals(claims.getString("sub", null)) ? Optional.of(claims) : Optional.empty();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
