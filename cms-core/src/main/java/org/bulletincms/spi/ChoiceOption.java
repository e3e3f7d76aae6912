package org.bulletincms.spi;

import java.util.Objects;

/**
 * One allowed value of a {@link FieldKind#CHOICE} field: the code stored in content and the label
 * the editor shows. Codes are stored, so they never change once content uses them; labels may.
 *
 * @param code  lower-case kebab code such as {@code "hybrid"}; checked at start-up
 * @param label the option's name in zh and en
 * @since 0.1
 */
public record ChoiceOption(String code, LocalizedText label) {

    public ChoiceOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /**
     * An option with a Chinese and an English label.
     *
     * @since 0.1
     */
    public static ChoiceOption of(String code, String zh, String en) {
        return new ChoiceOption(code, LocalizedText.of(zh, en));
    }
}
