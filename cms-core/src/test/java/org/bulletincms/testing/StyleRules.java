package org.bulletincms.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** House rules of STYLE.md that hold in every module, as ArchUnit rules each module's layering test applies. */
public final class StyleRules {

    /** STYLE.md rule 1. Nested classes count too: {@code $} ends a name as much as the dot before it starts one. */
    public static final ArchRule NAMES_COME_FROM_THE_DOMAIN = noClasses()
            .should()
            .haveNameMatching(".*[.$](Default[A-Z][^.$]*|[^.$]*(Manager|Helper|Util|Utils|Impl))")
            .as("no classes should be named *Manager, *Helper, *Util, *Utils, *Impl or Default*")
            .because("names come from the domain, and an implementation is named by what distinguishes it");

    private StyleRules() {}
}
