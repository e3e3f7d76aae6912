package org.bulletincms.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.bulletincms.locale.TextByLocale;

/**
 * What a publication's colophon says unless an issue says otherwise: the editor (编辑：王璟), the contact
 * e-mail, the web site, and the note on where the content comes from (简报内容来源于…). A new issue's colophon
 * item starts from these.
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

    public Optional<String> contactEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> webSite() {
        return Optional.ofNullable(website);
    }
}
