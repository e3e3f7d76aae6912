package org.bulletincms.web.backup;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete backups in the backup directory, newest first. */
@Schema(name = "Backups", description = "The complete backups in the backup directory, newest first.")
@JsonbPropertyOrder({"directory", "items"})
public record BackupList(
        @Schema(required = true, description = "The backup directory's absolute path on the server")
        String directory,

        @Schema(required = true) List<BackupView> items) {}
