package org.irwatch.core.grants;

import java.util.Optional;
import java.util.Set;

/** The GSS codes of the councils an area key stands for; empty when the area no longer exists. */
@FunctionalInterface
public interface AreaCouncils {

    Optional<Set<String>> of(String areaKey);
}
