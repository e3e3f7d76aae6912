package org.bulletincms.sectiontype;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.MalformedItemContent;
import org.bulletincms.spi.SectionType;

/**
 * The section types this installation offers, discovered from plugin jars and checked once at
 * start-up. Construction fails with {@link MalformedSectionType} or {@link DuplicateSectionType}
 * rather than running with a plugin that would fail on stored content later.
 */
public final class InstalledSectionTypes {

    private final Map<String, SectionType> byId;

    private InstalledSectionTypes(Map<String, SectionType> byId) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    /**
     * The types registered in {@code META-INF/services/org.bulletincms.spi.SectionType} of the jars
     * the class loader sees.
     *
     * @throws MalformedSectionType if a registered type cannot be instantiated or is malformed
     * @throws DuplicateSectionType if two types share an id
     */
    public static InstalledSectionTypes discover(ClassLoader classLoader) {
        List<SectionType> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<SectionType>> providers =
                ServiceLoader.load(SectionType.class, classLoader).stream().iterator();
        while (hasNext(providers)) {
            ServiceLoader.Provider<SectionType> provider = providers.next();
            try {
                found.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                throw new MalformedSectionType(
                        SectionTypeOrigin.of(provider.type()),
                        "it cannot be instantiated (" + e
                                + "); give it a public no-argument constructor that does not fail",
                        e);
            }
        }
        return of(found);
    }

    private static boolean hasNext(Iterator<ServiceLoader.Provider<SectionType>> providers) {
        try {
            return providers.hasNext();
        } catch (ServiceConfigurationError e) {
            throw new MalformedSectionType(
                    new SectionTypeOrigin("META-INF/services/" + SectionType.class.getName(), Optional.empty()),
                    "a registered class cannot be loaded (" + e.getMessage()
                            + "); list only existing classes that implement " + SectionType.class.getName(),
                    e);
        }
    }

    /**
     * The given types, checked as at start-up.
     *
     * @throws MalformedSectionType if a type is malformed
     * @throws DuplicateSectionType if two types share an id
     */
    public static InstalledSectionTypes of(Collection<? extends SectionType> types) {
        Map<String, SectionType> byId = new LinkedHashMap<>();
        for (SectionType type : types) {
            List<String> problems = SectionTypeInspection.problemsOf(type);
            if (!problems.isEmpty()) {
                throw new MalformedSectionType(SectionTypeOrigin.of(type.getClass()), problems);
            }
            SectionType earlier = byId.putIfAbsent(type.id(), type);
            if (earlier != null) {
                throw new DuplicateSectionType(
                        type.id(), SectionTypeOrigin.of(earlier.getClass()), SectionTypeOrigin.of(type.getClass()));
            }
        }
        return new InstalledSectionTypes(byId);
    }

    /** The type with this id, if installed. */
    public Optional<SectionType> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The type with this id.
     *
     * @throws UnknownSectionType if none is installed
     */
    public SectionType require(String id) {
        return find(id).orElseThrow(() -> new UnknownSectionType(id));
    }

    /** All installed types, ordered by id. */
    public List<SectionType> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Reads stored content: upgraded to the current schema version when its type is installed and can
     * read it, otherwise orphaned and kept verbatim. Never throws because of the stored data or a
     * plugin's upgrade.
     *
     * @param sectionTypeId the id the content was stored under
     * @param schemaVersion the schema version it was stored under
     * @param storedContent the stored JSON, in the form of {@link ItemContent#toJson()}
     */
    public StoredItemContent resolve(String sectionTypeId, int schemaVersion, JsonObject storedContent) {
        Objects.requireNonNull(storedContent, "storedContent");
        Optional<SectionType> installed = find(sectionTypeId);
        if (installed.isEmpty()) {
            return orphan(
                    sectionTypeId,
                    schemaVersion,
                    storedContent,
                    OrphanReason.TYPE_NOT_INSTALLED,
                    "no installed plugin provides section type '" + sectionTypeId
                            + "'; install it to edit or publish this item");
        }
        SectionType type = installed.get();
        if (schemaVersion > type.schemaVersion()) {
            return orphan(
                    sectionTypeId,
                    schemaVersion,
                    storedContent,
                    OrphanReason.SCHEMA_NEWER_THAN_INSTALLED,
                    "the content was written under schema version " + schemaVersion
                            + " but the installed plugin is at version " + type.schemaVersion()
                            + "; install the newer plugin");
        }
        if (schemaVersion < 1) {
            return orphan(
                    sectionTypeId,
                    schemaVersion,
                    storedContent,
                    OrphanReason.CONTENT_MALFORMED,
                    "schema version " + schemaVersion + " is not a version; the stored record is damaged");
        }
        ItemContent content;
        try {
            content = ItemContent.fromJson(storedContent);
        } catch (MalformedItemContent e) {
            return orphan(sectionTypeId, schemaVersion, storedContent, OrphanReason.CONTENT_MALFORMED, e.getMessage());
        }
        try {
            return new ResolvedItemContent(
                    type, SchemaUpgradePath.of(type).upgrade(schemaVersion, content), schemaVersion);
        } catch (RuntimeException e) {
            return orphan(
                    sectionTypeId,
                    schemaVersion,
                    storedContent,
                    OrphanReason.UPGRADE_FAILED,
                    "upgrading from schema version " + schemaVersion + " failed (" + e
                            + "); report it to the plugin's authors (" + SectionTypeOrigin.of(type.getClass()) + ")");
        }
    }

    private static OrphanedItemContent orphan(
            String id, int version, JsonObject stored, OrphanReason reason, String detail) {
        return new OrphanedItemContent(id, version, stored, reason, detail);
    }
}
