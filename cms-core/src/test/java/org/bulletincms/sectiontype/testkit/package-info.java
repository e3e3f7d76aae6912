/**
 * The section-type contract test kit, shipped in cms-core's test-jar. A plugin proves its section
 * types with one test class per type:
 * <pre>{@code
 * class EventContractTest extends SectionTypeContract {
 *     protected SectionType sectionType() { return new Event(); }
 *     protected Samples samples() {
 *         return Samples.builder()
 *                 .valid("COP26 event from issue 2021/4", SampleFiles.read(getClass(), "event-cop26.json"))
 *                 .draftOnly("no start yet", ...)
 *                 .olderVersion(1, "v1 free-text time", ...)
 *                 .build();
 *     }
 * }
 * }</pre>
 * The kit adds hostile content derived from the declared fields to the plugin's own hostile samples.
 */
package org.bulletincms.sectiontype.testkit;
