package org.bulletincms.web.history;

import java.util.Set;
import org.bulletincms.history.ItemRevision;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.OrphanedItemContent;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.bulletincms.sectiontype.StoredItemContent;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Turns an old revision's content into content the item may hold today. It passes the same check as an edit
 * (a draft check by the installed section type, rich text sanitised) after being upgraded from the schema
 * version it was written in: the plugin or the issue's locales may have changed since. A revision that no
 * longer passes is a conflict with today's rules (409, every violation listed with a pointer into the
 * revision's content), not a bad request: the client sent nothing wrong.
 */
final class RestoredContent {

    private RestoredContent() {}

    static ItemDraft draft(
            ItemRevision revision,
            SectionType type,
            InstalledSectionTypes types,
            Set<String> issueLocales,
            ItemContentCheck check) {
        StoredItemContent stored = types.resolve(
                revision.sectionType(), revision.schemaVersion(), RevisionJson.parse(revision.contentJson()));
        if (stored instanceof OrphanedItemContent orphan) {
            throw new ApiProblem(
                    ProblemType.REVISION_UNREADABLE,
                    "detail.revision-unreadable",
                    revision.number(),
                    orphan.detail() == null ? orphan.reason().name() : orphan.detail());
        }
        CheckedItemContent checked =
                check.check(type, ((ResolvedItemContent) stored).content(), ValidationMode.DRAFT, issueLocales);
        if (!checked.isAcceptable()) {
            throw new RevisionNotRestorable(revision.number(), type.id(), checked.violations());
        }
        return new ItemDraft(
                type.id(), type.schemaVersion(), checked.content().toJson().toString());
    }
}
