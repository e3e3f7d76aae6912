package org.bulletincms.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.io.FilterInputStream;

/** House rules of STYLE.md that hold in every module, as ArchUnit rules each module's layering test applies. */
public final class StyleRules {

    /** STYLE.md rule 1. Nested classes count too: {@code $} ends a name as much as the dot before it starts one. */
    public static final ArchRule NAMES_COME_FROM_THE_DOMAIN = noClasses()
            .should()
            .haveNameMatching(".*[.$](Default[A-Z][^.$]*|[^.$]*(Manager|Helper|Util|Utils|Impl))")
            .as("no classes should be named *Manager, *Helper, *Util, *Utils, *Impl or Default*")
            .because("names come from the domain, and an implementation is named by what distinguishes it");

    /**
     * One way to reach JSON-P: {@code org.bulletincms.spi.Json}, whose provider is looked up once. Each call of
     * {@code jakarta.json.Json} looks it up again through the ServiceLoader, which in WildFly costs more than the
     * JSON it builds.
     */
    public static final ArchRule JSON_P_THROUGH_ONE_PROVIDER = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.bulletincms.spi.Json")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.json.Json")
            .as("no classes should use jakarta.json.Json")
            .because("org.bulletincms.spi.Json offers the same with its provider looked up once, not per call");

    /**
     * One way to bound what comes in: {@code org.bulletincms.limit.LimitedInput}. Request bodies, source uploads and
     * XLIFF files each had a counting stream of their own, three copies of the same off-by-one risk.
     */
    public static final ArchRule ONE_LIMITED_INPUT = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.bulletincms.limit.LimitedInput")
            .should()
            .beAssignableTo(FilterInputStream.class)
            .as("no classes but LimitedInput should extend FilterInputStream")
            .because(
                    "org.bulletincms.limit.LimitedInput bounds and counts any input stream, with the caller's refusal");

    private StyleRules() {}
}
