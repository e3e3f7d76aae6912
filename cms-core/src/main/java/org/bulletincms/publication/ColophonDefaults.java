package org.bulletincms.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.spi.ItemContent;

/**
 * What a publication's colophon says unless an issue says otherwise: the editor (编辑：王璟), the contact
 * e-mail, the web site, and the note on where the content comes from (简报内容来源于…). An issue published
 * without a colophon item of its own closes with these ({@link #asItemContent()}), as they are at its publication.
 */
@Embeddable
public record ColophonDefaults(
        @Column(name = "colophon_editor", length = 2000) TextByLocale editor,
        @Column(name = "colophon_email", length = 254) String email,
        @Column(name = "colophon_website", length = 2000) String website,

        @Column(name = "colophon_sources_note", length = 8000)
        TextByLocale sourcesNote) {

    public static ColophonDefaults none() {
        return new ColophonDefaults(TextByLocale.empty(), null, null, TextByLocale.empty());
    }

    public ColophonDefaults {
        editor = editor == null ? TextByLocale.empty() : editor;
        sourcesNote = sourcesNote == null ? TextByLocale.empty() : sourcesNote;
    }

    /** Whether nothing is set: an issue without a colophon of its own then has none. */
    public boolean isEmpty() {
        return editor.isEmpty() && sourcesNote.isEmpty() && email == null && website == null;
    }

    /**
     * The defaults as the content of a colophon item ({@link org.bulletincms.spi.SectionType#isColophon()}): the
     * address and web site shared, the editor and the note on the sources in each locale they are written in.
     */
    public ItemContent asItemContent() {
        ItemContent.Builder content = ItemContent.builder();
        contactEmail().ifPresent(address -> content.shared("email", address));
        webSite().ifPresent(site -> content.shared("website", site));
        editor.asMap().forEach((locale, name) -> content.localized(locale.value(), "editor", name));
        sourcesNote.asMap().forEach((locale, note) -> content.localized(locale.value(), "sourcesNote", note));
        return content.build();
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> webSite() {
        return Optional.ofNullable(website);
    }
}
