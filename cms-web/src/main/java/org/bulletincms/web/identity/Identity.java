package org.bulletincms.web.identity;

import java.util.List;

/**
 * The caller as the API sees them: the user name they have now, the Keycloak subject the server stores and
 * compares (never given to anyone else), and the realm roles it honours.
 */
public record Identity(String username, String subject, List<String> roles) {}
