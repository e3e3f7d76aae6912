package org.bulletincms.it;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part.GetTarget;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * An XLIFF 2 file translated as a CAT tool built on Okapi's XLIFF 2 toolkit translates it: the toolkit reads the
 * file (with its maximal validation: schemas and the specification's processing requirements), the translation is
 * put into each unit's target through the toolkit's API — text, and the source's inline codes where the translation
 * has markup — and the toolkit writes the file. None of our code reads or writes the XML here.
 */
final class ThroughOkapi {

    private static final Pattern MARKUP = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    /** The translated file, and what Okapi saw of each unit's source fingerprint (mda metadata), by unit id. */
    record Translated(String xliff, Map<String, Optional<String>> fingerprints) {}

    /** A unit's translation: words, or HTML whose elements are the source's codes in order. */
    record Translation(String text, boolean html) {}

    private ThroughOkapi() {}

    /**
     * Reads the file with Okapi, gives each unit for which {@code translations} has one its translation as the
     * target (state {@code translated}), and writes the file with Okapi.
     */
    static Translated translate(String xliff, Function<String, Optional<Translation>> translations) {
        StringWriter out = new StringWriter();
        Map<String, Optional<String>> fingerprints = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
                XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
            writer.create(out, null);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    fingerprints.put(unit.getId(), fingerprint(unit));
                    translations.apply(unit.getId()).ifPresent(translation -> fill(unit, translation));
                }
                writer.writeEvent(event);
            }
        }
        return new Translated(out.toString(), fingerprints);
    }

    private static Optional<String> fingerprint(Unit unit) {
        if (!unit.hasMetadata()) {
            return Optional.empty();
        }
        for (MetaGroup group : unit.getMetadata()) {
            for (IMetadataItem item : group) {
                if (item instanceof Meta meta && "source-fingerprint".equals(meta.getType())) {
                    return Optional.of(meta.getData());
                }
            }
        }
        return Optional.empty();
    }

    private static void fill(Unit unit, Translation translation) {
        List<Segment> segments = new ArrayList<>();
        unit.getSegments().forEach(segments::add);
        if (segments.size() != 1) {
            throw new AssertionError(unit.getId() + " has " + segments.size() + " segments, the export writes one");
        }
        Segment segment = segments.get(0);
        Fragment target = segment.getTarget(GetTarget.CREATE_EMPTY);
        target.setCodedText("");
        if (translation.html()) {
            appendHtml(segment.getSource(), target, translation.text(), unit.getId());
        } else {
            target.append(translation.text());
        }
        segment.setState(TargetState.TRANSLATED);
    }

    /**
     * The translation's text, and for its k-th start tag the source's k-th opening code (its end tag the matching
     * closing code, an empty element the next standalone code), with the source code's original data.
     */
    private static void appendHtml(Fragment source, Fragment target, String html, String unitId) {
        List<Tag> opening = new ArrayList<>();
        List<Tag> standalone = new ArrayList<>();
        Map<String, String> closingData = new LinkedHashMap<>();
        for (Object part : source) {
            if (part instanceof Tag tag) {
                if (tag.getTagType() == TagType.OPENING) {
                    opening.add(tag);
                } else if (tag.getTagType() == TagType.STANDALONE) {
                    standalone.add(tag);
                } else if (tag instanceof net.sf.okapi.lib.xliff2.core.CTag code) {
                    closingData.put(tag.getId(), code.getData());
                }
            }
        }
        Deque<String> open = new ArrayDeque<>();
        int nextOpening = 0;
        int nextStandalone = 0;
        Matcher markup = MARKUP.matcher(html);
        int at = 0;
        while (markup.find()) {
            target.append(decoded(html.substring(at, markup.start())));
            at = markup.end();
            boolean closing = !markup.group(1).isEmpty();
            boolean empty = !markup.group(3).isEmpty() || markup.group(2).equalsIgnoreCase("br");
            if (closing) {
                String id = open.pop();
                target.append(TagType.CLOSING, id, closingData.get(id), false);
            } else if (empty) {
                Tag code = code(standalone, nextStandalone++, unitId, html);
                target.append(TagType.STANDALONE, code.getId(), data(code), false);
            } else {
                Tag code = code(opening, nextOpening++, unitId, html);
                open.push(code.getId());
                target.append(TagType.OPENING, code.getId(), data(code), false);
            }
        }
        target.append(decoded(html.substring(at)));
    }

    private static Tag code(List<Tag> codes, int index, String unitId, String html) {
        if (index >= codes.size()) {
            throw new AssertionError(unitId + ": the translation has more elements than the source has codes: " + html);
        }
        return codes.get(index);
    }

    private static String data(Tag tag) {
        return tag instanceof net.sf.okapi.lib.xliff2.core.CTag code ? code.getData() : null;
    }

    /** Text of HTML as a reader sees it: character references decoded. */
    private static String decoded(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default ->
                    new String(Character.toChars(
                            name.startsWith("#x")
                                    ? Integer.parseInt(name.substring(2), 16)
                                    : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }
}
