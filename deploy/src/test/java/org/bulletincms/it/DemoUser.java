package org.bulletincms.it;

import java.util.List;

/** The demo accounts of the cms realm (deploy/keycloak/cms-realm.json); password = user name. */
public enum DemoUser {
    EDITH("edith", List.of("editor")),
    TOM("tom", List.of("translator")),
    ANNA("anna", List.of("approver")),
    ADAM("adam", List.of("editor", "translator", "approver", "admin"));

    private final String username;
    private final List<String> roles;

    DemoUser(String username, List<String> roles) {
        this.username = username;
        this.roles = roles;
    }

    public String username() {
        return username;
    }

    public List<String> roles() {
        return roles;
    }

    /** A fresh access token from the editorial UI's client, whose tokens carry the cms-api audience. */
    public String token() {
        return Keycloak.token(username, "cms-ui");
    }
}
