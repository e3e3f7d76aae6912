package org.bulletincms.web.identity;

import java.util.List;

/** The caller as the API sees them: the Keycloak user name and the realm roles it honours. */
public record Identity(String username, List<String> roles) {
}
