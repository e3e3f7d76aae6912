package org.bulletincms.web.issue.layeringviolation;

import jakarta.json.JsonValue;
import java.util.Optional;

/** Deliberately bad (LayeringRulesBiteTest): any JSON value whose schema the document would get wrong. */
public record UndocumentedValue(Optional<JsonValue> before) {}
