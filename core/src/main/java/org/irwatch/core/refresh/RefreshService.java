package org.irwatch.core.refresh;

import java.util.List;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.ImportReport;

/**
 * "Refresh from source": finds the current public files on their publishers' sites, downloads them and imports
 * them as any other file (all or nothing, a file imported before is recognised). Only this feature needs a
 * network; everything else works on what was imported.
 */
public interface RefreshService {

    /** The public files that can be fetched from their publishers. */
    enum Source {
        /** The Home Office register of licensed sponsors (Worker and Temporary Worker), from GOV.UK. */
        REGISTER("the Home Office sponsor register"),
        /** The monthly CQC directory, from the CQC's "Using CQC data" page. */
        CQC_DIRECTORY("the CQC directory");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** In a sentence: "the Home Office sponsor register". */
        public String label() {
            return label;
        }
    }

    /**
     * Fetches and imports each source, in the order of {@link Source}. Every file is downloaded and checked before
     * any is imported, so a failed download changes nothing.
     *
     * @return one report per source, in the order of {@link Source}
     * @throws org.irwatch.core.common.UserFacingException when a publisher cannot be reached, answers with an
     *         error, has changed its page so the file cannot be found, or sends something that is not the file
     * @throws org.irwatch.core.common.CancelledException when the listener asked to stop; nothing is left behind
     */
    List<ImportReport> refresh(Set<Source> sources, ProgressListener progress);
}
