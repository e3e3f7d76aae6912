package org.bulletincms.spi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The part a person plays, as stored in the {@code role} of a {@link FieldKind#PEOPLE} entry.
 *
 * @since 0.1
 */
public enum PersonRole {
    SPEAKER("speaker", LocalizedText.of("发言人", "Speaker"), LocalizedText.of("发言人", "Speakers")),
    MODERATOR("moderator", LocalizedText.of("主持人", "Moderator"), LocalizedText.of("主持人", "Moderators")),
    PANELIST("panelist", LocalizedText.of("讨论嘉宾", "Panelist"), LocalizedText.of("讨论嘉宾", "Panelists")),
    HOST("host", LocalizedText.of("东道主", "Host"), LocalizedText.of("东道主", "Hosts")),
    AUTHOR("author", LocalizedText.of("作者", "Author"), LocalizedText.of("作者", "Authors")),
    OTHER("other", LocalizedText.of("其他", "Other"), LocalizedText.of("其他", "Others"));

    private final String code;
    private final LocalizedText label;
    private final LocalizedText pluralLabel;

    PersonRole(String code, LocalizedText label, LocalizedText pluralLabel) {
        this.code = code;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /**
     * The code stored in content, e.g. {@code "panelist"}.
     *
     * @since 0.1
     */
    public String code() {
        return code;
    }

    /**
     * The role's name for one person.
     *
     * @since 0.1
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The role's name for a group, as a heading over several people.
     *
     * @since 0.1
     */
    public LocalizedText pluralLabel() {
        return pluralLabel;
    }

    /**
     * The role stored as {@code code}, if there is one.
     *
     * @since 0.1
     */
    public static Optional<PersonRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
