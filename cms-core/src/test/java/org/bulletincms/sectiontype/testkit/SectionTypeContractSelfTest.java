package org.bulletincms.sectiontype.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletincms.sectiontype.Notice;
import org.bulletincms.sectiontype.PluginJar;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit catches the mistakes it exists for. */
class SectionTypeContractSelfTest {

    private static final ItemContent PUBLISHABLE = ItemContent.builder()
            .shared("published", "2024-06-27")
            .shared("contact", "wangj@mepcec.com")
            .localized("zh-CN", "title", "会议")
            .localized("en", "title", "Meeting")
            .build();
    private static final ItemContent NO_ENGLISH = ItemContent.builder()
            .shared("published", "2024-06-27")
            .shared("contact", "wangj@mepcec.com")
            .localized("zh-CN", "title", "会议")
            .build();
    private static final ItemContent VERSION_1 = ItemContent.builder()
            .shared("published", "2024-06-27")
            .shared("url", "https://www.mepcec.com")
            .localized("zh-CN", "title", "会议")
            .localized("en", "title", "Meeting")
            .build();

    @TempDir
    Path pluginJar;

    private SectionTypeContract kit(SectionType type, Samples samples) {
        ClassLoader registered =
                PluginJar.registering(pluginJar, List.of(type.getClass().getName()));
        return new SectionTypeContract() {
            @Override
            protected SectionType sectionType() {
                return type;
            }

            @Override
            protected Samples samples() {
                return samples;
            }

            @Override
            protected ClassLoader pluginClassLoader() {
                return registered;
            }
        };
    }

    private static Samples.Builder complete() {
        return Samples.builder()
                .valid("meeting", PUBLISHABLE)
                .draftOnly("no English", NO_ENGLISH)
                .olderVersion(1, "v1", VERSION_1);
    }

    private static void runAll(Stream<DynamicTest> tests) throws Throwable {
        for (DynamicTest test : tests.toList()) {
            test.getExecutable().execute();
        }
    }

    @Test
    void passesACorrectType() throws Throwable {
        SectionTypeContract kit = kit(new Notice(), complete().build());

        kit.declarationIsWellFormed();
        kit.isRegisteredInMetaInfServices();
        kit.samplesCoverTheContract();
        runAll(kit.validSamplesArePublishableInEveryIssueLocale());
        runAll(kit.hostileContentIsRejectedOrNeutralisedWithoutThrowing());
        runAll(kit.upgradesTurnOlderSamplesIntoPublishableContent());
    }

    @Test
    void failsATypeWhoseRulesThrowOnHostileContent() {
        SectionTypeContract kit = kit(new ThrowingOnUnknownField(), complete().build());

        assertThrows(AssertionError.class, () -> runAll(kit.hostileContentIsRejectedOrNeutralisedWithoutThrowing()));
    }

    @Test
    void failsAPreviewThatLeavesAnElementOpen() {
        SectionTypeContract kit = kit(new LeavingElementsOpen(), complete().build());

        assertThrows(IllegalStateException.class, () -> runAll(kit.previewOfValidSamplesClosesEveryElement()));
    }

    @Test
    void failsAValidSampleThatCannotBePublished() {
        SectionTypeContract kit =
                kit(new Notice(), complete().valid("no English", NO_ENGLISH).build());

        assertThrows(AssertionError.class, () -> runAll(kit.validSamplesArePublishableInEveryIssueLocale()));
    }

    @Test
    void failsWhenAnUpgradeHasNoSampleOfItsVersion() {
        SectionTypeContract kit = kit(
                new Notice(),
                Samples.builder()
                        .valid("meeting", PUBLISHABLE)
                        .draftOnly("no English", NO_ENGLISH)
                        .build());

        assertThrows(AssertionError.class, kit::samplesCoverTheContract);
    }

    @Test
    void failsATypeThatIsNotRegistered() {
        SectionTypeContract kit = new SectionTypeContract() {
            @Override
            protected SectionType sectionType() {
                return new Notice();
            }

            @Override
            protected Samples samples() {
                return complete().build();
            }
        };

        assertThrows(AssertionError.class, kit::isRegisteredInMetaInfServices);
    }

    @Test
    void failsAViolationWithoutText() {
        SectionTypeContract kit = kit(new UndocumentedRule(), complete().build());

        assertThrows(AssertionError.class, () -> runAll(kit.everyViolationHasATextInChineseAndEnglish()));
    }

    /** A rule that forgets content may be anything. */
    public static class ThrowingOnUnknownField extends Notice {
        @Override
        public List<Violation> validate(ItemContent content, ValidationMode mode) {
            if (content.shared().containsKey("zzUnknown")) {
                throw new IllegalArgumentException("unexpected field");
            }
            return super.validate(content, mode);
        }
    }

    /** A preview that forgets an end(). */
    public static class LeavingElementsOpen extends Notice {
        @Override
        public void preview(ItemView view, HtmlSink html) {
            html.start("article").element("h3", view.text("title").orElse(""));
        }
    }

    /** A rule whose message key has no text. */
    public static class UndocumentedRule extends Notice {
        @Override
        public List<Violation> validate(ItemContent content, ValidationMode mode) {
            return List.of(Violation.of("", "notice.undocumented"));
        }

        @Override
        public Map<String, org.bulletincms.spi.LocalizedText> messages() {
            return Map.of();
        }
    }
}
