package org.bulletincms.sectiontype;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.spi.AspectRatio;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SectionType;

/**
 * Where a publication's pictures are served, for the editions that show them: implemented where the public base URL
 * is known (the delivery feature), used where an edition is made.
 */
public interface ServedPictures {

    /** Where the picture with this media id in the publication's library is served; empty if there is none. */
    Optional<Picture.Source> source(UUID publicationId, UUID mediaId);

    /**
     * Where the picture is served for an edition, with its crops to each {@link AspectRatio} around this focal point
     * where the implementation makes them; the default has none.
     */
    default Optional<Picture.Source> source(UUID publicationId, UUID mediaId, Picture.FocalPoint focalPoint) {
        return source(publicationId, mediaId);
    }

    /** The pictures items of the publication may show: those its library holds. */
    default HeldImages heldBy(UUID publicationId) {
        return mediaId -> source(publicationId, mediaId).isPresent();
    }

    /**
     * The view with each picture's {@link Picture.Source} added to its image field (and a decorative picture's alt
     * text as the empty string), so that deliveries and renderings show the picture as published. A picture the
     * library does not hold is left as it is: its words without the picture.
     */
    default ItemView served(SectionType type, ItemView view, UUID publicationId) {
        JsonObjectBuilder values = Json.createObjectBuilder(view.values());
        for (FieldSpec field : type.fields()) {
            JsonValue value = view.values().get(field.name());
            if (field.kind() == FieldKind.IMAGE && value instanceof JsonObject picture) {
                values.add(field.name(), servedPicture(picture, publicationId));
            } else if (field.kind() == FieldKind.IMAGE_LIST && value instanceof JsonArray pictures) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                pictures.forEach(
                        entry -> list.add(entry instanceof JsonObject one ? servedPicture(one, publicationId) : entry));
                values.add(field.name(), list);
            }
        }
        return new ItemView(view.locale(), values.build());
    }

    /** One picture's value with where it is served added; as it is when the library does not hold it. */
    private JsonObject servedPicture(JsonObject value, UUID publicationId) {
        return Picture.of(value)
                .flatMap(picture -> FieldValueCheck.mediaId(picture.mediaId())
                        .flatMap(mediaId -> source(publicationId, mediaId, picture.focalPoint())))
                .map(source -> withSource(value, source))
                .orElse(value);
    }

    private static JsonObject withSource(JsonObject value, Picture.Source source) {
        JsonObjectBuilder served = Json.createObjectBuilder(value)
                .add(Picture.SRC, source.src())
                .add(Picture.SRCSET, source.srcset())
                .add(Picture.WIDTH, source.width())
                .add(Picture.HEIGHT, source.height())
                .add(Picture.RENDITIONS, renditions(source.renditions()));
        if (!source.crops().isEmpty()) {
            JsonArrayBuilder crops = Json.createArrayBuilder();
            source.crops()
                    .forEach(crop -> crops.add(Json.createObjectBuilder()
                            .add(Picture.RATIO, crop.ratio().code())
                            .add(Picture.SRC, crop.src())
                            .add(Picture.SRCSET, crop.srcset())
                            .add(Picture.WIDTH, crop.width())
                            .add(Picture.HEIGHT, crop.height())
                            .add(Picture.RENDITIONS, renditions(crop.renditions()))));
            served.add(Picture.CROPS, crops);
        }
        if (JsonValue.TRUE.equals(value.get(Picture.DECORATIVE))) {
            served.add(Picture.ALT, "");
        }
        return served.build();
    }

    private static JsonArrayBuilder renditions(List<Picture.Rendition> renditions) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        renditions.forEach(rendition -> list.add(Json.createObjectBuilder()
                .add("url", rendition.url())
                .add(Picture.WIDTH, rendition.width())
                .add(Picture.HEIGHT, rendition.height())));
        return list;
    }
}
