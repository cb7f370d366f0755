package org.irwatch.app.archfixture;

/** Deliberately prints outside the command line: only {@code LayeringRulesCanFailTest} imports it. */
public final class ViewPrintingToStandardOut {

    public void show(String message) {
        System.out.println(message);
    }
}
