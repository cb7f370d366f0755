package org.irwatch.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest (a development build says so). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"IR Watch " + (version == null ? "(development build)" : version)};
    }
}
