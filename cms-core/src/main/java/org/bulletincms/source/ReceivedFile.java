package org.bulletincms.source;

import java.nio.file.Path;

/** An upload fully received into the store's incoming area, not yet kept: its bytes, size and SHA-256 (hex). */
public record ReceivedFile(Path path, long size, String sha256) {}
