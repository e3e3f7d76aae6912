package org.bulletincms.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP API: the management API under {@code /api/v1} (bearer tokens from the cms realm) and the
 * anonymous delivery API under {@code /api/delivery/v1}. The OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Bulletin CMS API",
                        version = "v1",
                        description = "Headless CMS for periodic bulletins with a role-based editorial workflow. "
                                + "Errors are RFC 9457 application/problem+json.",
                        license = @License(name = "Apache-2.0")),
        tags = {
            @Tag(name = "identity", description = "Who is calling"),
            @Tag(name = "publications", description = "Bulletin series and their locales"),
            @Tag(name = "delivery", description = "Published content for front-end sites, anonymous")
        })
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from the Keycloak realm 'cms' with audience cms-api")
public class BulletinApi extends Application {}
