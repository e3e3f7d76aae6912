package org.bulletincms.web.sectiontype;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.ChoiceOption;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SectionType;
import org.bulletincms.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The installed section types with their field specs in zh and en: enough for a UI to draw a form for a
 * type it has never seen.
 */
@Path("v1/section-types")
@RequestScoped
@Tag(name = "section types", description = "The kinds of item plugins provide")
@SecurityRequirement(name = "keycloak")
public class SectionTypeResource {

    @Inject
    InstalledSectionTypes installed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Every installed section type with its fields")
    public JsonArray all() {
        JsonArrayBuilder types = Json.createArrayBuilder();
        installed.all().forEach(type -> types.add(describe(type)));
        return types.build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.TRANSLATOR, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One section type with its fields")
    public JsonObject one(@PathParam("id") String id) {
        return installed.find(id).map(SectionTypeResource::describe).orElseThrow(NotFoundException::new);
    }

    static JsonObject describe(SectionType type) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        type.fields().forEach(field -> fields.add(describe(field)));
        return Json.createObjectBuilder()
                .add("id", type.id())
                .add("schemaVersion", type.schemaVersion())
                .add("label", texts(type.label()))
                .add("help", texts(type.help()))
                .add("fields", fields)
                .build();
    }

    private static JsonObject describe(FieldSpec field) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", field.name())
                .add(
                        "kind",
                        field.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("requiredAtPublish", field.requiredAtPublish())
                .add("translatable", field.isTranslatable())
                .add("label", texts(field.label()));
        if (field.kind().isList()) {
            json.add("maxEntries", field.maxEntries());
        }
        json.add("maxLength", field.maxLength());
        field.help().ifPresent(help -> json.add("help", texts(help)));
        if (!field.options().isEmpty()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (ChoiceOption option : field.options()) {
                options.add(
                        Json.createObjectBuilder().add("code", option.code()).add("label", texts(option.label())));
            }
            json.add("options", options);
        }
        return json.build();
    }

    private static JsonObject texts(LocalizedText text) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text.texts().forEach(json::add);
        return json.build();
    }
}
