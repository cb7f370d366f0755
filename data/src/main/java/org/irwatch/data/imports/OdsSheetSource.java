package org.irwatch.data.imports;

import org.irwatch.core.common.UserFacingException;

/** Placeholder until the streaming Ods reader lands (same change set). */
final class OdsSheetSource {

    private OdsSheetSource() {
    }

    static RowSource open(String fileName, byte[] bytes, String preferredSheet, String headerColumn) {
        throw new UserFacingException("Reading " + fileName + " is not available yet.");
    }
}
