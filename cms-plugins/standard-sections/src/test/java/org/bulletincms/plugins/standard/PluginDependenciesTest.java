package org.bulletincms.plugins.standard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.bulletincms.testing.StyleRules;
import org.junit.jupiter.api.Test;

class PluginDependenciesTest {

    private final JavaClasses plugins = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bulletincms.plugins");

    @Test
    void pluginsDependOnlyOnJavaJsonPAndTheSpi() {
        classes()
                .that()
                .resideInAPackage("org.bulletincms.plugins..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.json..", "org.bulletincms.spi..", "org.bulletincms.plugins..")
                .because("a plugin sees only the SPI; anything else of the core may change under it")
                .check(plugins);
    }

    @Test
    void namesComeFromTheDomain() {
        StyleRules.NAMES_COME_FROM_THE_DOMAIN.check(plugins);
    }
}
