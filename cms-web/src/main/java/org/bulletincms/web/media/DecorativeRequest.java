package org.bulletincms.web.media;

import org.bulletincms.web.request.ServerOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT …/media/{id}/decorative}: {@code {"decorative": true}}, or false to take the mark back. */
@Schema(
        name = "MediaDecorative",
        description = "Whether the picture adds nothing a reader needs, so that it needs no alt text.")
@ServerOwned({"id", "filename", "alt", "renditions"})
public record DecorativeRequest(@Schema(required = true) boolean decorative) {}
