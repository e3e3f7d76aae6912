package org.bulletincms.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bulletincms.concurrency.VersionTag;

/**
 * A delivery document as it is sent: its bytes with their strong ETag (quoted, as stored), media type, locale and
 * kind. A compiled document has its key, under which a node may keep it in memory; a page cut from the compiled list
 * entries, or the empty list of publications, has none. The bytes are the compiled document's own, not a copy: a
 * delivery answer does no work per request, and nobody writes into them.
 *
 * @param kind the kind's code ({@link DocumentKind#code()})
 */
public record DeliveredDocument(
        Optional<DocumentKey> key, String kind, byte[] body, String etag, String mediaType, Optional<String> locale) {

    static DeliveredDocument of(CompiledDocument document) {
        return new DeliveredDocument(
                Optional.of(document.key()),
                document.kind(),
                document.body(),
                document.etag(),
                document.mediaType(),
                document.locale());
    }

    /** JSON made for this answer only: tagged by its content, kept nowhere. */
    static DeliveredDocument uncompiled(DocumentKind kind, byte[] json, Optional<String> locale) {
        return new DeliveredDocument(
                Optional.empty(),
                kind.code(),
                json,
                "\"" + VersionTag.of(new String(json, StandardCharsets.UTF_8)) + "\"",
                DeliveryFormat.JSON,
                locale);
    }
}
