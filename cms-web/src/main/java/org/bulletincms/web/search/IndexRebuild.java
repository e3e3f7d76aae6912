package org.bulletincms.web.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.bulletincms.search.RebuiltIndex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rebuild of the shared search index did: one new index per alias, filled and switched to. */
@Schema(description = "The indices a rebuild of the shared search index filled and switched to.")
public record IndexRebuild(@Schema(required = true) List<Index> indices) {

    static IndexRebuild of(List<RebuiltIndex> rebuilt) {
        return new IndexRebuild(rebuilt.stream().map(Index::of).toList());
    }

    /** One index rebuilt: the concrete index now behind its aliases and the ones it replaced. */
    @Schema(name = "RebuiltIndex", description = "A new index, filled and now behind its alias.")
    @JsonbPropertyOrder({"index", "replaced", "by", "documents", "millis"})
    public record Index(
            @Schema(required = true, description = "The index's name in Hibernate Search", example = "published-text")
            String index,

            @Schema(required = true, description = "The concrete indices its aliases pointed at before, now deleted")
            List<String> replaced,

            @Schema(required = true, description = "The new concrete index the aliases point at")
            String by,

            @Schema(required = true, description = "Documents indexed")
            long documents,

            @Schema(required = true, description = "How long building it took")
            long millis) {

        static Index of(RebuiltIndex index) {
            return new Index(
                    index.index(),
                    index.replaced(),
                    index.by(),
                    index.documents(),
                    index.took().toMillis());
        }
    }
}
