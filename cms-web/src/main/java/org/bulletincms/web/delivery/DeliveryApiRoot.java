package org.bulletincms.web.delivery;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the entry point of the delivery API says about it. */
@Schema(description = "The delivery API's entry point.")
@JsonbPropertyOrder({"api", "version", "content"})
public record DeliveryApiRoot(
        @Schema(required = true, example = "Bulletin CMS delivery API")
        String api,

        @Schema(required = true, example = "v1") String version,
        @Schema(required = true, example = "published only") String content) {

    static final DeliveryApiRoot V1 = new DeliveryApiRoot("Bulletin CMS delivery API", "v1", "published only");
}
