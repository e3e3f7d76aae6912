package org.bulletincms.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SpiDependenciesTest {

    private final JavaClasses spi = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bulletincms.spi");

    @Test
    void theSpiDependsOnlyOnJavaAndJsonP() {
        classes()
                .that()
                .resideInAPackage("org.bulletincms.spi..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.json..", "org.bulletincms.spi..")
                .because("plugins compile against the SPI alone; no JPA, JAX-RS, CDI or core type may leak into it")
                .check(spi);
    }
}
