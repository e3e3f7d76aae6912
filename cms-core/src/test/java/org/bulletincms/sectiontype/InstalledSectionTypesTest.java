package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledSectionTypesTest {

    @Nested
    class Discovery {

        @Test
        void findsTypesRegisteredInMetaInfServices(@TempDir Path jar) {
            InstalledSectionTypes types =
                    InstalledSectionTypes.discover(PluginJar.registering(jar, List.of(Notice.class.getName())));

            assertEquals(
                    List.of("notice"), types.all().stream().map(SectionType::id).toList());
        }

        @Test
        void failsNamingTheClassWhenTwoJarsClaimTheSameId(@TempDir Path jar) {
            ClassLoader plugins =
                    PluginJar.registering(jar, List.of(Notice.class.getName(), SecondNotice.class.getName()));

            DuplicateSectionType duplicate =
                    assertThrows(DuplicateSectionType.class, () -> InstalledSectionTypes.discover(plugins));

            assertEquals("notice", duplicate.id());
            assertTrue(
                    duplicate.getMessage().contains(Notice.class.getName())
                            && duplicate.getMessage().contains(SecondNotice.class.getName()),
                    duplicate.getMessage());
        }

        @Test
        void failsNamingTheClassWhenATypeCannotBeInstantiated(@TempDir Path jar) {
            ClassLoader plugins = PluginJar.registering(jar, List.of(UninstantiableSectionType.class.getName()));

            MalformedSectionType malformed =
                    assertThrows(MalformedSectionType.class, () -> InstalledSectionTypes.discover(plugins));

            assertEquals(
                    UninstantiableSectionType.class.getName(),
                    malformed.origin().className());
            assertTrue(malformed.getMessage().contains("public no-argument constructor"), malformed.getMessage());
        }

        @Test
        void failsWhenARegisteredClassDoesNotExist(@TempDir Path jar) {
            ClassLoader plugins = PluginJar.registering(jar, List.of("org.example.Missing"));

            MalformedSectionType malformed =
                    assertThrows(MalformedSectionType.class, () -> InstalledSectionTypes.discover(plugins));

            assertTrue(malformed.getMessage().contains("org.example.Missing"), malformed.getMessage());
        }
    }

    @Nested
    class StartUpChecks {

        @Test
        void acceptsAWellFormedType() {
            assertEquals(
                    1,
                    InstalledSectionTypes.of(List.of(DeclaredSectionType.wellFormed("notice")))
                            .all()
                            .size());
        }

        @Test
        void rejectsAnIdThatIsNotKebabCase() {
            assertProblem(DeclaredSectionType.wellFormed("ReportSummary"), "id() returns 'ReportSummary'");
        }

        @Test
        void rejectsSchemaVersionZero() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice").withVersion(0, List.of()), "schemaVersion() returns 0");
        }

        @Test
        void rejectsALabelWithoutChinese() {
            DeclaredSectionType englishOnly =
                    DeclaredSectionType.wellFormed("notice").withLabel(new LocalizedText(Map.of("en", "Notice")));

            assertProblem(englishOnly, "label() has no 'zh' text");
        }

        @Test
        void rejectsAFieldWithoutLabel() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice").withFields(FieldSpec.plainText("title")),
                    "field 'title' label has no 'zh' text");
        }

        @Test
        void rejectsATypeWithoutFields() {
            assertProblem(DeclaredSectionType.wellFormed("notice").withFields(), "fields() is empty");
        }

        @Test
        void rejectsAnEmptyFieldName() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice")
                            .withFields(FieldSpec.plainText("").label("空", "Empty")),
                    "field '': the name must be a lower camel-case JSON key");
        }

        @Test
        void rejectsAFieldNameThatIsNotLowerCamelCase() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice")
                            .withFields(FieldSpec.plainText("start-date").label("开始", "Start")),
                    "field 'start-date': the name must be a lower camel-case JSON key");
        }

        @Test
        void rejectsADuplicateFieldName() {
            FieldSpec title = FieldSpec.plainText("title").label("标题", "Title");

            assertProblem(
                    DeclaredSectionType.wellFormed("notice").withFields(title, title),
                    "field 'title' is declared twice");
        }

        @Test
        void rejectsANonPositiveMaxLength() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice")
                            .withFields(FieldSpec.plainText("title").max(0).label("标题", "Title")),
                    "field 'title': maxLength is 0; it must be positive");
        }

        @Test
        void rejectsAChoiceWithoutOptions() {
            assertProblem(
                    DeclaredSectionType.wellFormed("notice")
                            .withFields(FieldSpec.choice("mode").label("方式", "Mode")),
                    "field 'mode' is a CHOICE without options");
        }

        @Test
        void rejectsAMissingUpgrade() {
            DeclaredSectionType version3 = DeclaredSectionType.wellFormed("notice")
                    .withVersion(3, List.of(SchemaUpgrade.from(2, content -> content)));

            assertProblem(version3, "no upgrade from version 1 to 2 is declared");
        }

        @Test
        void rejectsAnUpgradeFromTheCurrentVersion() {
            DeclaredSectionType version1 = DeclaredSectionType.wellFormed("notice")
                    .withVersion(1, List.of(SchemaUpgrade.from(1, content -> content)));

            assertProblem(version1, "an upgrade from version 1 is declared, but schemaVersion() is 1");
        }

        @Test
        void rejectsAMessageKeyOutsideTheTypesNamespace() {
            DeclaredSectionType borrowing = DeclaredSectionType.wellFormed("notice")
                    .withMessages(Map.of("field.required", LocalizedText.of("必填", "Required")));

            assertProblem(
                    borrowing, "message key 'field.required' must be dotted lower-case words starting with 'notice.'");
        }

        @Test
        void reportsEveryProblemOfATypeAtOnce() {
            DeclaredSectionType broken = DeclaredSectionType.wellFormed("Bad Id")
                    .withVersion(0, List.of())
                    .withFields();

            MalformedSectionType malformed =
                    assertThrows(MalformedSectionType.class, () -> InstalledSectionTypes.of(List.of(broken)));

            assertEquals(3, malformed.problems().size(), malformed.getMessage());
        }

        @Test
        void rejectsTwoTypesWithTheSameId() {
            List<SectionType> twins = List.of(DeclaredSectionType.wellFormed("notice"), new Notice());

            assertThrows(DuplicateSectionType.class, () -> InstalledSectionTypes.of(twins));
        }

        private void assertProblem(SectionType type, String problem) {
            MalformedSectionType malformed =
                    assertThrows(MalformedSectionType.class, () -> InstalledSectionTypes.of(List.of(type)));
            assertTrue(malformed.problems().stream().anyMatch(p -> p.startsWith(problem)), malformed.getMessage());
            assertTrue(
                    malformed.getMessage().contains(DeclaredSectionType.class.getName()),
                    "The message names the class: " + malformed.getMessage());
        }
    }

    @Nested
    class Lookup {

        private final InstalledSectionTypes types =
                InstalledSectionTypes.of(List.of(new Notice(), DeclaredSectionType.wellFormed("announcement")));

        @Test
        void listsTypesOrderedById() {
            assertEquals(
                    List.of("announcement", "notice"),
                    types.all().stream().map(SectionType::id).toList());
        }

        @Test
        void findsAnInstalledType() {
            assertEquals("notice", types.find("notice").orElseThrow().id());
        }

        @Test
        void findsNothingForAnUnknownId() {
            assertTrue(types.find("podcast-series").isEmpty());
        }

        @Test
        void requiringAnUnknownTypeSaysWhatToInstall() {
            UnknownSectionType unknown = assertThrows(UnknownSectionType.class, () -> types.require("podcast-series"));

            assertEquals("podcast-series", unknown.id());
        }
    }

    @Nested
    class StoredContent {

        private final InstalledSectionTypes types = InstalledSectionTypes.of(List.of(new Notice()));
        private final JsonObject version1 = ItemContent.builder()
                .shared("url", "https://www.oneplanetnetwork.org/")
                .localized("zh-CN", "title", "通知")
                .build()
                .toJson();

        @Test
        void upgradesContentOfAnOlderVersion() {
            ResolvedItemContent resolved =
                    assertInstanceOf(ResolvedItemContent.class, types.resolve("notice", 1, version1));

            assertEquals(
                    "https://www.oneplanetnetwork.org/",
                    resolved.content().sharedText("link").orElseThrow());
            assertTrue(resolved.content().shared("url").isEmpty());
            assertTrue(resolved.wasUpgraded());
        }

        @Test
        void keepsContentOfAnUninstalledTypeVerbatim() {
            OrphanedItemContent orphan =
                    assertInstanceOf(OrphanedItemContent.class, types.resolve("podcast-series", 1, version1));

            assertEquals(OrphanReason.TYPE_NOT_INSTALLED, orphan.reason());
            assertEquals(version1, orphan.storedContent());
        }

        @Test
        void keepsContentWrittenByANewerPluginVerbatim() {
            OrphanedItemContent orphan =
                    assertInstanceOf(OrphanedItemContent.class, types.resolve("notice", 3, version1));

            assertEquals(OrphanReason.SCHEMA_NEWER_THAN_INSTALLED, orphan.reason());
        }

        @Test
        void keepsMalformedContentVerbatim() {
            JsonObject malformed =
                    Json.createObjectBuilder().add("localized", "not an object").build();

            OrphanedItemContent orphan =
                    assertInstanceOf(OrphanedItemContent.class, types.resolve("notice", 2, malformed));

            assertEquals(OrphanReason.CONTENT_MALFORMED, orphan.reason());
            assertEquals(malformed, orphan.storedContent());
        }

        @Test
        void keepsContentVerbatimWhenTheUpgradeFails() {
            DeclaredSectionType failing = DeclaredSectionType.wellFormed("fragile")
                    .withVersion(2, List.of(SchemaUpgrade.from(1, content -> {
                        throw new IllegalStateException("bug in upgrade");
                    })));
            InstalledSectionTypes withFailing = InstalledSectionTypes.of(List.of(failing));

            OrphanedItemContent orphan =
                    assertInstanceOf(OrphanedItemContent.class, withFailing.resolve("fragile", 1, version1));

            assertEquals(OrphanReason.UPGRADE_FAILED, orphan.reason());
            assertTrue(orphan.detail().contains("bug in upgrade"), orphan.detail());
        }

        @Test
        void readsCurrentContentUnchanged() {
            JsonObject current = ItemContent.builder()
                    .shared("link", "https://www.mepcec.com")
                    .build()
                    .toJson();

            ResolvedItemContent resolved =
                    assertInstanceOf(ResolvedItemContent.class, types.resolve("notice", 2, current));

            assertFalse(resolved.wasUpgraded());
            assertEquals(current, resolved.content().toJson());
        }
    }
}
