package org.irwatch.app.reports;

import java.util.List;
import java.util.function.Supplier;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantField;
import org.irwatch.core.grants.GrantImport;
import org.irwatch.core.grants.Grants;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.SheetReader;

/**
 * What entering grant spend takes: the areas to choose from, the initiatives kept, and a sheet's import (reading it,
 * the mapping of its columns, the import itself).
 *
 * @param areas every area, read when the entry opens (partnerships change)
 */
public record GrantPorts(Supplier<List<Scope>> areas, Grants grants, SheetReader reader,
                         RememberedMappings<GrantField> mappings, GrantImport importer) {
}
