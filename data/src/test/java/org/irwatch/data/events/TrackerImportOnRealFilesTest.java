package org.irwatch.data.events;

import java.nio.file.Path;
import org.irwatch.data.SharedData;

/** Tracker imports against the two real registers of 2021-09-30 and 2021-11-02 in ../shared/data. */
class TrackerImportOnRealFilesTest extends TrackerImportCases {

    @Override
    Path olderRegister() {
        return SharedData.file("uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv");
    }

    @Override
    Path newerRegister() {
        return SharedData.file("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv");
    }
}
