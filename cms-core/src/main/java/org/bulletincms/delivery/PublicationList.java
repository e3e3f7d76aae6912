package org.bulletincms.delivery;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The publications that have published issues. */
@Schema(description = "The publications that have published issues.")
public record PublicationList(@Schema(required = true) List<PublicationListing> publications) {}
