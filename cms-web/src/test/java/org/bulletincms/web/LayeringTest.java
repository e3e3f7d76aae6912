package org.bulletincms.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import org.bulletincms.testing.StyleRules;
import org.bulletincms.web.workflow.AnyJsonInOpenApi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The layering of cms-web, checked on every build. {@link LayeringRulesBiteTest} shows each rule failing on a
 * deliberately bad class, so none of them passes because its package pattern matches nothing.
 */
@AnalyzeClasses(packages = "org.bulletincms.web", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule FEATURE_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.bulletincms.web.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a concept shared by two features belongs to the one that owns it, or below both");

    @ArchTest
    static final ArchRule RESOURCES_DO_NOT_USE_THE_ENTITY_MANAGER = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a resource parses, makes one call into the core and maps the answer; queries belong in the core");

    /**
     * A resource reads and writes through the core's application services ({@code Drafting}, {@code Issues},
     * {@code Publications}, ...), never a repository. Strict since the last use moved into the core (issue 14): the
     * frozen store of known uses it had before is gone, so a new use fails at once.
     */
    @ArchTest
    static final ArchRule RESOURCES_DO_NOT_USE_REPOSITORIES = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("the use case, with its transaction, belongs to an application service in the core");

    /**
     * Every JSON request body is read by one reader ({@code RecordBodyReader}) into a record, whose schema is also
     * the request's in the OpenAPI document; a resource method taking {@code JsonValue}, a map or a string would
     * bring back a second, lenient way of reading bodies and a schema stated twice. Uploads take the raw stream.
     */
    @ArchTest
    static final ArchRule REQUEST_BODIES_ARE_RECORDS = methods()
            .that()
            .areMetaAnnotatedWith(HttpMethod.class)
            .should(new ArchCondition<JavaMethod>("take their request body as a record (or an upload's InputStream)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getParameters().stream()
                            .filter(parameter -> parameter.getAnnotations().stream()
                                    .noneMatch(annotation -> annotation
                                            .getRawType()
                                            .getPackageName()
                                            .startsWith("jakarta.ws.rs")))
                            .filter(body -> !body.getRawType().reflect().isRecord()
                                    && !body.getRawType().isEquivalentTo(InputStream.class))
                            .forEach(body -> events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName() + " takes its body as "
                                            + body.getRawType().getName() + ", not a record")));
                }
            })
            .because("one strict reader turns every JSON body into a record whose schema the OpenAPI document shows");

    /**
     * A record component that may hold any JSON value ({@code JsonValue}, alone or in an {@code Optional}) refers to
     * the {@code AnyJson} schema: the annotation scanner would describe the interface as an object, and the one way
     * to say "any value" is {@code @Schema(ref = AnyJsonInOpenApi.NAME)}, not a filter patching the schema later.
     */
    @ArchTest
    static final ArchRule ANY_JSON_IS_DOCUMENTED_AS_ANY_JSON = classes()
            .should(new ArchCondition<JavaClass>("describe each JsonValue component as AnyJson") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    Class<?> type = javaClass.reflect();
                    if (!type.isRecord()) {
                        return;
                    }
                    for (RecordComponent component : type.getRecordComponents()) {
                        boolean anyJson = component.getType() == JsonValue.class
                                || component
                                        .getGenericType()
                                        .getTypeName()
                                        .equals("java.util.Optional<" + JsonValue.class.getName() + ">");
                        Schema schema = component.getAccessor().getAnnotation(Schema.class);
                        if (anyJson && (schema == null || !schema.ref().equals(AnyJsonInOpenApi.NAME))) {
                            events.add(SimpleConditionEvent.violated(
                                    javaClass,
                                    type.getName() + "." + component.getName()
                                            + " holds any JSON but its schema is not @Schema(ref = \"AnyJson\")"));
                        }
                    }
                }
            })
            .because("one way to say a value may be any JSON keeps the document precise and the filters few");

    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";

    /**
     * The core's application services own the transaction and answer with view records ({@code IssueView},
     * {@code ItemView}, {@code CommentView}, ...): a class of the web edge that held a managed entity could read it
     * lazily outside any transaction, or change it without the service's checks. Strict since media, the last
     * classes that mapped entities, moved (issue 14).
     */
    @ArchTest
    static final ArchRule THE_WEB_SEES_NO_ENTITY = noClasses()
            .that()
            .resideInAPackage("org.bulletincms.web..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .because("a service answers with view records; entities stay inside the core");

    /**
     * A request is one call into the core, and the service called is the transaction: a resource that began one would
     * join several use cases into one and let it see their entities. Strict since the last resources that began one
     * (delivery, previews, an item's sources) moved their reads into the core (issue 14).
     */
    @ArchTest
    static final ArchRule RESOURCES_BEGIN_NO_TRANSACTION = classes()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should(new ArchCondition<JavaClass>("not be @Transactional, nor have a @Transactional method") {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    if (resource.isAnnotatedWith(TRANSACTIONAL)) {
                        events.add(SimpleConditionEvent.violated(
                                resource, resource.getName() + " is annotated with @Transactional"));
                    }
                    resource.getMethods().stream()
                            .filter(method -> method.isAnnotatedWith(TRANSACTIONAL))
                            .forEach(method -> events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " is annotated with @Transactional")));
                }
            })
            .because("the core's application service is the transactional boundary of a use case");

    @ArchTest
    static final ArchRule NAMES_COME_FROM_THE_DOMAIN = StyleRules.NAMES_COME_FROM_THE_DOMAIN;

    @ArchTest
    static final ArchRule JSON_P_THROUGH_ONE_PROVIDER = StyleRules.JSON_P_THROUGH_ONE_PROVIDER;

    @ArchTest
    static final ArchRule ONE_LIMITED_INPUT = StyleRules.ONE_LIMITED_INPUT;
}
