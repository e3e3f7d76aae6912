package org.bulletincms.locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulletincms.spi.Json;

/** Stores a {@link TextByLocale} as a small JSON object in one text column, e.g. {@code {"zh-CN":"…","en":"…"}}. */
@Converter(autoApply = true)
public class TextByLocaleColumn implements AttributeConverter<TextByLocale, String> {

    @Override
    public String convertToDatabaseColumn(TextByLocale text) {
        if (text == null) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        text.asMap().forEach((locale, value) -> json.add(locale.value(), value));
        return json.build().toString();
    }

    @Override
    public TextByLocale convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return TextByLocale.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            Map<LocaleTag, String> texts = new LinkedHashMap<>();
            json.forEach((locale, value) -> texts.put(LocaleTag.of(locale), ((JsonString) value).getString()));
            return TextByLocale.of(texts);
        }
    }
}
